package io.reload.clinic.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The clinic's booking rules as plain values: its time zone, slot length, buffer, minimum
 * notice, booking horizon and cancellation cutoff. The one type of them: the clinic's settings
 * make it, booking's slot rules read it, and they stay unit-testable without a container.
 */
public record BookingRules(
        ZoneId zone,
        Duration slotLength,
        Duration buffer,
        Duration minimumNotice,
        Duration horizon,
        Duration cancellationCutoff)
        implements Serializable {}
