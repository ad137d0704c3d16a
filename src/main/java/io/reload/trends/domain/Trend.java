package io.reload.trends.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A client's pain trend at a glance: last pain, the change over 7 days, days in the phase,
 * adherence over 14 days, the flags, and the daily pain of the last 14 days (null: no log that day).
 */
public record Trend(
        Integer lastPain,
        LocalDate lastLoggedOn,
        Integer change7Days,
        long daysInPhase,
        int sessions14Days,
        int expected14Days,
        Set<TrendFlag> flags,
        List<Integer> sparkline) {

    public Trend {
        flags = Set.copyOf(flags);
        sparkline = Collections.unmodifiableList(new ArrayList<>(sparkline)); // nulls allowed: days without a log
    }

    /** Days with a logged session as a share of the days expected, 0-100; 100 when none were expected yet. */
    public int adherencePercent() {
        return expected14Days == 0 ? 100 : Math.min(100, Math.round(100f * sessions14Days / expected14Days));
    }
}
