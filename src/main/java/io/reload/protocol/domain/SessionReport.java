package io.reload.protocol.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a client logged for one session: pain before and after, the lifts, gate tests passed. */
public record SessionReport(
        LocalDate day, PainScore before, PainScore after, List<LiftResult> lifts, Set<Long> gateTestsPassed) {

    public SessionReport {
        lifts = List.copyOf(lifts);
        gateTestsPassed = Set.copyOf(gateTestsPassed);
    }

    public int painRise() {
        return before.riseTo(after);
    }
}
