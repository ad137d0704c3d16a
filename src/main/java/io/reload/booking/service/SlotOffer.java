package io.reload.booking.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A time a client can pick; with a therapist, or any free therapist when "first available". */
public class SlotOffer implements Serializable {

    private final Long therapistId;
    private final String therapistName;
    private final Instant start;
    private final Instant end;
    private final ZoneId zone;

    public SlotOffer(Long therapistId, String therapistName, Instant start, Instant end, ZoneId zone) {
        this.therapistId = therapistId;
        this.therapistName = therapistName;
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public Instant getStartInstant() {
        return start;
    }
    /** The start as it goes into a URL: epoch seconds. */
    public long getStartEpochSecond() {
        return start.getEpochSecond();
    }

    public ZonedDateTime getStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime getEnd() {
        return end.atZone(zone);
    }
}
