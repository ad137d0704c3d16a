package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a client stands in their plan: the phase (0-based index), since when, the gate tests
 * passed in it, the working load of each lift (kg), and until when they do bodyweight hinges
 * after a strain (null: not).
 */
public record PlanProgress(
        int phaseIndex,
        LocalDate phaseStartedOn,
        Set<Long> passedGateTests,
        Map<String, BigDecimal> workingLoadsKg,
        LocalDate fallbackUntil) {

    public PlanProgress {
        passedGateTests = Set.copyOf(passedGateTests);
        workingLoadsKg = Map.copyOf(workingLoadsKg);
    }

    /** Day 1 is the day the phase started. */
    public long dayOfPhase(LocalDate day) {
        return ChronoUnit.DAYS.between(phaseStartedOn, day) + 1;
    }

    /** Week 1 is days 1-7 of the phase. */
    public long weekOfPhase(LocalDate day) {
        return (dayOfPhase(day) - 1) / 7 + 1;
    }

    PlanProgress inPhase(int index, LocalDate startedOn) {
        return new PlanProgress(index, startedOn, Set.of(), workingLoadsKg, null);
    }

    PlanProgress withGateTestsPassed(Set<Long> more) {
        Set<Long> all = new HashSet<>(passedGateTests);
        all.addAll(more);
        return new PlanProgress(phaseIndex, phaseStartedOn, all, workingLoadsKg, fallbackUntil);
    }

    PlanProgress withLoad(String liftKey, BigDecimal kg) {
        Map<String, BigDecimal> loads = new HashMap<>(workingLoadsKg);
        loads.put(liftKey, kg);
        return new PlanProgress(phaseIndex, phaseStartedOn, passedGateTests, loads, fallbackUntil);
    }

    /** Another week of bodyweight hinges: the phase's calendar waits a week too. */
    PlanProgress heldBackAWeek(LocalDate until) {
        return new PlanProgress(phaseIndex, phaseStartedOn.plusDays(7), passedGateTests, workingLoadsKg, until);
    }
}
