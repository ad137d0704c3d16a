package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that move a client through their plan (clinical-rules section 4), as a pure
 * function of the plan, where the client stands and what they logged. Every rule that fires
 * leaves a {@link Decision} with its numbers; the service stores them as plan events.
 *
 * <p>Order matters: a pain rise of the regression threshold or more decides the session on
 * its own (back a phase, or bodyweight hinges for another week early in the reload) and no
 * load goes up that day; otherwise each lift is judged, then the gate, then the calendar.
 */
public final class PhaseEngine {

    private final List<PhasePlan> phases;
    private final ProgressionRules rules;
    private final LoadScale loads;

    public PhaseEngine(List<PhasePlan> phases, ProgressionRules rules, LoadScale loads) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A plan needs at least one phase");
        }
        this.phases = List.copyOf(phases);
        this.rules = rules;
        this.loads = loads;
    }

    public record Outcome(PlanProgress progress, List<Decision> decisions) {}

    public Outcome afterSession(PlanProgress progress, SessionReport session) {
        List<Decision> decisions = new ArrayList<>();
        PhasePlan phase = phases.get(progress.phaseIndex());
        int rise = session.painRise();
        if (rise >= rules.regressionPainRise()) {
            return new Outcome(afterStrain(progress, phase, session, rise, decisions), decisions);
        }
        PlanProgress next = judgeLifts(progress, session, decisions);
        next = next.withGateTestsPassed(session.gateTestsPassed());
        next = moveOnIfDue(next, phase, session.day(), decisions);
        if (next.phaseIndex() == progress.phaseIndex()) {
            decisions.add(Decision.of(Decision.Kind.STAYED, phase.name(), rise, rules.regressionPainRise()));
        }
        return new Outcome(next, decisions);
    }

    /**
     * A day passes: a phase without a gate still ends after its nominal length. A gated phase
     * waits for a session that records its tests, so a day alone decides nothing there.
     */
    public Outcome onDay(PlanProgress progress, LocalDate day) {
        PhasePlan phase = phases.get(progress.phaseIndex());
        if (phase.hasGate()) {
            return new Outcome(progress, List.of());
        }
        List<Decision> decisions = new ArrayList<>();
        PlanProgress next = moveOnIfDue(progress, phase, day, decisions);
        return new Outcome(next, decisions);
    }

    private PlanProgress afterStrain(
            PlanProgress progress, PhasePlan phase, SessionReport session, int rise, List<Decision> decisions) {
        long week = progress.weekOfPhase(session.day());
        if (phase.strainFallbackLastWeek() != null && week <= phase.strainFallbackLastWeek()) {
            LocalDate until = session.day().plusDays(7);
            decisions.add(Decision.of(Decision.Kind.BODYWEIGHT_HINGES_ANOTHER_WEEK, rise, week, until));
            return progress.heldBackAWeek(until);
        }
        if (progress.phaseIndex() == 0) {
            decisions.add(Decision.of(Decision.Kind.STAYED_IN_FIRST_PHASE, rise, phase.name()));
            return progress;
        }
        PhasePlan previous = phases.get(progress.phaseIndex() - 1);
        decisions.add(Decision.of(Decision.Kind.MOVED_BACK, rise, phase.name(), previous.name()));
        return progress.inPhase(progress.phaseIndex() - 1, session.day());
    }

    private PlanProgress judgeLifts(PlanProgress progress, SessionReport session, List<Decision> decisions) {
        PlanProgress next = progress;
        for (LiftResult lift : session.lifts()) {
            BigDecimal current = next.workingLoadsKg().get(lift.liftKey());
            if (current == null) {
                continue; // not a lift with a working load in this plan
            }
            if (lift.isClean()) {
                BigDecimal raised = loads.increased(current, rules.loadStepPercent());
                decisions.add(Decision.of(
                        Decision.Kind.LOAD_INCREASED, lift.liftKey(), current, raised, rules.loadStepPercent()));
                next = next.withLoad(lift.liftKey(), raised);
            } else {
                decisions.add(Decision.of(
                        Decision.Kind.LOAD_KEPT, lift.liftKey(), current, lift.allSetsPainFree(), lift.goodForm()));
            }
        }
        return next;
    }

    private PlanProgress moveOnIfDue(PlanProgress progress, PhasePlan phase, LocalDate day, List<Decision> decisions) {
        boolean lastPhase = progress.phaseIndex() == phases.size() - 1;
        if (phase.hasGate()) {
            Set<Long> missing = new TreeSet<>(phase.gateTests());
            missing.removeAll(progress.passedGateTests());
            if (!missing.isEmpty()) {
                decisions.add(Decision.of(
                        Decision.Kind.GATE_NOT_YET,
                        phase.name(),
                        missing.size(),
                        phase.gateTests().size()));
                return progress;
            }
            if (lastPhase) {
                return progress;
            }
            decisions.add(Decision.of(
                    Decision.Kind.GATE_PASSED,
                    phase.name(),
                    phases.get(progress.phaseIndex() + 1).name()));
            return progress.inPhase(progress.phaseIndex() + 1, day);
        }
        if (lastPhase || phase.nominalDays() == null || progress.dayOfPhase(day) <= phase.nominalDays()) {
            return progress;
        }
        decisions.add(Decision.of(
                Decision.Kind.PHASE_COMPLETED,
                phase.name(),
                phase.nominalDays(),
                phases.get(progress.phaseIndex() + 1).name()));
        return progress.inPhase(progress.phaseIndex() + 1, day);
    }
}
