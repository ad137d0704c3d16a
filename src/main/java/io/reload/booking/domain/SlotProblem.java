package io.reload.booking.domain;

/** Why a start time cannot be booked; each has its own message for the client. */
public enum SlotProblem {
    IN_THE_PAST("booking.slot.past"),
    TOO_SOON("booking.slot.tooSoon"),
    BEYOND_HORIZON("booking.slot.beyondHorizon"),
    OUTSIDE_HOURS("booking.slot.outsideHours"),
    TAKEN("booking.slot.taken");

    private final String messageKey;

    SlotProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
