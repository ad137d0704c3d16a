package io.reload.trends.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A logged session as the trend sees it. */
public record PainLog(LocalDate day, Instant loggedAt, int before, int after, boolean redFlag) {}
