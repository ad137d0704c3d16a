package io.reload.booking.service;

/** Fired when a screen is booked, moved or cancelled; mails go out once the change is committed. */
public record ScreenChanged(Kind kind, ScreenSummary screen) {

    public enum Kind {
        BOOKED,
        RESCHEDULED,
        CANCELLED,
        REMINDER
    }
}
