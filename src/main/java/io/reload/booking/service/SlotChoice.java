package io.reload.booking.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** The time a client picked, with a therapist or with whoever is free ("first available"). */
public class SlotChoice implements Serializable {

    private final Long therapistId;
    private final Instant start;

    public SlotChoice(Long therapistId, Instant start) {
        this.therapistId = therapistId;
        this.start = start;
    }

    public static SlotChoice withTherapist(long therapistId, Instant start) {
        return new SlotChoice(therapistId, start);
    }

    public static SlotChoice firstAvailable(Instant start) {
        return new SlotChoice(null, start);
    }

    public Optional<Long> therapistId() {
        return Optional.ofNullable(therapistId);
    }

    public Instant start() {
        return start;
    }
}
