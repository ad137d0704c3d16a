package io.reload.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A therapist's working hours on one weekday, in clinic time. */
public record DayHours(DayOfWeek day, LocalTime from, LocalTime until) {

    public DayHours {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("Working hours must end after they start: " + from + " .. " + until);
        }
    }
}
