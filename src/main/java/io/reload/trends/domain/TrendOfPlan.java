package io.reload.trends.domain;

import java.time.LocalDate;

/** A client's trend row with the day their plan started (which the row does not keep). */
public record TrendOfPlan(ClientTrend trend, LocalDate planStartsOn) {}
