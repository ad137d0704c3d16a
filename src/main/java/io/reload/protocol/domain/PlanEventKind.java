package io.reload.protocol.domain;

import java.util.Map;
import java.util.Set;

/**
 * What happened to a plan: the engine's decisions (the names of {@link Decision.Kind}) and
 * what people did to it. Each has a sentence "plan.event.KIND" in the message bundle.
 */
public enum PlanEventKind {
    ASSIGNED,
    MOVED_BACK,
    STAYED_IN_FIRST_PHASE,
    BODYWEIGHT_HINGES_ANOTHER_WEEK,
    LOAD_INCREASED,
    LOAD_KEPT,
    GATE_PASSED,
    GATE_NOT_YET,
    PHASE_COMPLETED,
    STAYED,
    /** A therapist moved the client to another phase by hand. */
    PHASE_OVERRIDDEN,
    /** A therapist set a lift's working load by hand. */
    LOAD_OVERRIDDEN,
    /** A therapist ended the plan. */
    ENDED,
    /** The client got a new plan, which ended this one. */
    REPLACED;

    public static PlanEventKind of(Decision.Kind decision) {
        return valueOf(decision.name());
    }

    /**
     * Which of an event's values are loads in kg: for these kinds the first value is the lift's
     * key and the loads follow (before and after, or the load kept).
     */
    public Set<Integer> loadValues() {
        return switch (this) {
            case LOAD_INCREASED, LOAD_OVERRIDDEN -> Set.of(1, 2);
            case LOAD_KEPT -> Set.of(1);
            default -> Set.of();
        };
    }

    /** Which phase a value names: the one the plan was in before the event, or after it. */
    public enum PhaseSide {
        BEFORE,
        AFTER
    }

    /**
     * Which of an event's values name a phase, and which phase: the one before or after the
     * event (see the sentences "plan.event.KIND"). The event keeps both phases' positions, so a
     * page can name them in its reader's language.
     */
    public Map<Integer, PhaseSide> phaseValues() {
        return switch (this) {
            case ASSIGNED -> Map.of(1, PhaseSide.AFTER);
            case MOVED_BACK -> Map.of(1, PhaseSide.BEFORE, 2, PhaseSide.AFTER);
            case STAYED_IN_FIRST_PHASE -> Map.of(1, PhaseSide.BEFORE);
            case GATE_PASSED, PHASE_OVERRIDDEN -> Map.of(0, PhaseSide.BEFORE, 1, PhaseSide.AFTER);
            case GATE_NOT_YET, STAYED -> Map.of(0, PhaseSide.BEFORE);
            case PHASE_COMPLETED -> Map.of(0, PhaseSide.BEFORE, 2, PhaseSide.AFTER);
            default -> Map.of();
        };
    }

    /** True for the events about one lift's load, whose first value is the lift. */
    public boolean isAboutALoad() {
        return !loadValues().isEmpty();
    }

    /** True for the events that changed the client's phase. */
    public boolean changesPhase() {
        return this == MOVED_BACK || this == GATE_PASSED || this == PHASE_COMPLETED || this == PHASE_OVERRIDDEN;
    }
}
