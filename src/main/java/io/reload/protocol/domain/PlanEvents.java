package io.reload.protocol.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Carries out what the engine decided on a plan, and turns each decision into an event to keep. */
public final class PlanEvents {

    private PlanEvents() {}

    /** Moves the plan as the outcome says; returns the events to store, in the order decided. */
    public static List<PlanEvent> apply(Plan plan, PhaseEngine.Outcome outcome, LocalDate day, Long sessionId) {
        int before = plan.getPhaseIndex() + 1;
        plan.moveTo(outcome.progress());
        int after = plan.getPhaseIndex() + 1;
        List<PlanEvent> events = new ArrayList<>();
        for (Decision decision : outcome.decisions()) {
            PlanEventKind kind = PlanEventKind.of(decision.kind());
            events.add(new PlanEvent(
                    plan,
                    day,
                    kind,
                    decision.values(),
                    before,
                    kind.changesPhase() ? after : before,
                    null,
                    null,
                    sessionId));
        }
        return events;
    }
}
