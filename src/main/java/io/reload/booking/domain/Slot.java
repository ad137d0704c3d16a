package io.reload.booking.domain;

import java.time.Instant;

/** A bookable time with one therapist. */
public record Slot(long therapistId, Instant start, Instant end) {}
