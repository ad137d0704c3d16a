package io.reload.protocol.domain;

import java.util.List;

/**
 * One thing the engine decided, with the numbers behind it, so client and therapist can read
 * why. The message key names the sentence; the values fill it in.
 */
public record Decision(Kind kind, List<Object> values) {

    public enum Kind {
        /** Pain rose by the regression threshold or more: back one phase. */
        MOVED_BACK,
        /** Pain rose that much in the first phase: there is nowhere further back. */
        STAYED_IN_FIRST_PHASE,
        /** A strain in the early reload weeks: bodyweight hinges for another week. */
        BODYWEIGHT_HINGES_ANOTHER_WEEK,
        /** Every set pain-free with good form: the lift's working load goes up. */
        LOAD_INCREASED,
        /** Not every set clean: the load stays. */
        LOAD_KEPT,
        /** All gate tests passed: on to the next phase. */
        GATE_PASSED,
        /** Some gate tests still to pass. */
        GATE_NOT_YET,
        /** The phase's nominal length is over and nothing sent the client back. */
        PHASE_COMPLETED,
        /** Nothing changed: the phase, the pain rise, and the rise that would have moved the plan back. */
        STAYED
    }

    public Decision {
        values = List.copyOf(values);
    }

    public static Decision of(Kind kind, Object... values) {
        return new Decision(kind, List.of(values));
    }
}
