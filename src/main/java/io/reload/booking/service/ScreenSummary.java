package io.reload.booking.service;

import io.reload.booking.domain.Screen;
import io.reload.booking.domain.ScreenStatus;
import io.reload.booking.domain.Urgency;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A screen as pages and mails show it, times in the clinic's zone. */
public class ScreenSummary implements Serializable {

    private final long id;
    private final long clientId;
    private final String clientName;
    private final String clientEmail;
    private final String clientPhone;
    private final String clientLanguage;
    private final long therapistId;
    private final String therapistName;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final ScreenStatus status;
    private final Urgency urgency;
    private final Long selfCheckId;
    private final int sequence;
    private final boolean changeable;

    ScreenSummary(Screen screen, ZoneId zone, boolean changeable) {
        this.id = screen.getId();
        this.clientId = screen.getClient().getId();
        this.clientName = screen.getClient().getFullName();
        this.clientEmail = screen.getClient().getEmail();
        this.clientPhone = screen.getClient().getPhone();
        this.clientLanguage = screen.getClient().getLanguage();
        this.therapistId = screen.getTherapist().getId();
        this.therapistName = screen.getTherapist().getFullName();
        this.start = screen.getStartAt().atZone(zone);
        this.end = screen.getEndAt().atZone(zone);
        this.status = screen.getStatus();
        this.urgency = screen.getUrgency();
        this.selfCheckId = screen.getSelfCheckId();
        this.sequence = screen.getSequence();
        this.changeable = changeable;
    }

    public long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getClientEmail() {
        return clientEmail;
    }

    public String getClientPhone() {
        return clientPhone;
    }
    /** The client's chosen language tag, or null: their mails follow the page that caused them. */
    public String getClientLanguage() {
        return clientLanguage;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public ZonedDateTime getStart() {
        return start;
    }

    public ZonedDateTime getEnd() {
        return end;
    }

    public Instant getStartInstant() {
        return start.toInstant();
    }

    public ScreenStatus getStatus() {
        return status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Long getSelfCheckId() {
        return selfCheckId;
    }

    public int getSequence() {
        return sequence;
    }
    /** The client may still move or cancel it online (before the cancellation cutoff). */
    public boolean isChangeable() {
        return changeable;
    }

    public boolean isBooked() {
        return status == ScreenStatus.BOOKED;
    }

    public boolean isCancelled() {
        return status == ScreenStatus.CANCELLED;
    }

    public boolean isUrgent() {
        return urgency == Urgency.URGENT;
    }

    public boolean isNeedsAttention() {
        return urgency == Urgency.ATTENTION;
    }
}
