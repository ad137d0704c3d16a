package io.reload.booking.domain;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end). */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An interval must end after it starts: " + start + " .. " + end);
        }
    }

    /** True when the two overlap once each is widened by the buffer that must lie between screens. */
    public boolean clashesWith(Interval other, Duration buffer) {
        return start.isBefore(other.end.plus(buffer)) && other.start.isBefore(end.plus(buffer));
    }
}
