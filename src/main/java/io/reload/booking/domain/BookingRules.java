package io.reload.booking.domain;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The clinic's booking settings as the slot rules need them.
 * Plain values so the rules can be unit tested without a container.
 */
public final class BookingRules {

    private final ZoneId zone;
    private final Duration slotLength;
    private final Duration buffer;
    private final Duration minimumNotice;
    private final Duration horizon;
    private final Duration cancellationCutoff;

    public BookingRules(ZoneId zone, Duration slotLength, Duration buffer, Duration minimumNotice,
                        Duration horizon, Duration cancellationCutoff) {
        this.zone = zone;
        this.slotLength = slotLength;
        this.buffer = buffer;
        this.minimumNotice = minimumNotice;
        this.horizon = horizon;
        this.cancellationCutoff = cancellationCutoff;
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration slotLength() {
        return slotLength;
    }

    public Duration buffer() {
        return buffer;
    }

    public Duration minimumNotice() {
        return minimumNotice;
    }

    public Duration horizon() {
        return horizon;
    }

    public Duration cancellationCutoff() {
        return cancellationCutoff;
    }
}
