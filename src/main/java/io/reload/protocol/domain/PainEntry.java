package io.reload.protocol.domain;

import java.time.Instant;

/** Pain before and after one logged session, and when it was logged. */
public record PainEntry(Instant at, int before, int after) {}
