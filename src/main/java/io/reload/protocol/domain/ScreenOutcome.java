package io.reload.protocol.domain;

/** How a screen ends (clinical-rules 2): nothing to follow up, or a recovery plan to assign. */
public enum ScreenOutcome {
    NO_PLAN_NEEDED,
    PLAN_NEEDED
}
