package io.reload.clinic.service;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;

/** The clinic's booking rules, as the booking feature reads them. */
public class SchedulingRules implements Serializable {

    private final ZoneId timeZone;
    private final Duration slotLength;
    private final Duration buffer;
    private final Duration minimumNotice;
    private final Duration horizon;
    private final Duration cancellationCutoff;

    public SchedulingRules(ZoneId timeZone, Duration slotLength, Duration buffer, Duration minimumNotice,
                           Duration horizon, Duration cancellationCutoff) {
        this.timeZone = timeZone;
        this.slotLength = slotLength;
        this.buffer = buffer;
        this.minimumNotice = minimumNotice;
        this.horizon = horizon;
        this.cancellationCutoff = cancellationCutoff;
    }

    public ZoneId getTimeZone() { return timeZone; }
    public Duration getSlotLength() { return slotLength; }
    public Duration getBuffer() { return buffer; }
    public Duration getMinimumNotice() { return minimumNotice; }
    public Duration getHorizon() { return horizon; }
    public Duration getCancellationCutoff() { return cancellationCutoff; }
}
