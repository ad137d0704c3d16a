package io.reload.trends.service;

import io.reload.booking.domain.Screen;
import io.reload.booking.domain.ScreenStatus;
import io.reload.booking.domain.Urgency;
import java.io.Serializable;
import java.time.Instant;

/** One of today's screens on the Clinic overview, whichever therapist holds it. */
public class TodayScreen implements Serializable {

    private final Instant start;
    private final long clientId;
    private final String clientName;
    private final String therapistName;
    private final Urgency urgency;
    private final ScreenStatus status;

    TodayScreen(Screen screen) {
        this.start = screen.getStartAt();
        this.clientId = screen.getClient().getId();
        this.clientName = screen.getClient().getFullName();
        this.therapistName = screen.getTherapist().getFullName();
        this.urgency = screen.getUrgency();
        this.status = screen.getStatus();
    }

    public Instant getStart() {
        return start;
    }

    public long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public ScreenStatus getStatus() {
        return status;
    }
}
