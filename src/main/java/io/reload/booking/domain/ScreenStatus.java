package io.reload.booking.domain;

/** Where a screen stands. Only a BOOKED screen holds its slot and can still be moved or cancelled. */
public enum ScreenStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
