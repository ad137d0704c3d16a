package io.reload.booking.domain;

import java.time.LocalDate;

/** Days from first to last, both included (time off). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A date range must not end before it starts: " + first + " .. " + last);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
