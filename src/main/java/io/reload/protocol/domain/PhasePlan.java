package io.reload.protocol.domain;

import java.util.Set;

/**
 * One phase as the engine sees it: its place, how long it nominally lasts (null: no end), the
 * gate tests that must all pass to leave it, and, for the reload phase, the last week in which
 * a strain means another week of bodyweight hinges instead of a step back (null: none).
 */
public record PhasePlan(
        int position, String name, Integer nominalDays, Set<Long> gateTests, Integer strainFallbackLastWeek) {

    public PhasePlan {
        gateTests = Set.copyOf(gateTests);
    }

    public boolean hasGate() {
        return !gateTests.isEmpty();
    }
}
