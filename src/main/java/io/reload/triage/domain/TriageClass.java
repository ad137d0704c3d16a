package io.reload.triage.domain;

/**
 * How serious a self-check's answers are (clinical-rules 1). Declared from least to most
 * serious: the declaration order is the severity, so the worst of several is their maximum.
 */
public enum TriageClass {
    /** Delayed-onset muscle soreness: expected after heavy lifting, gone within 2-5 days. */
    NORMAL_SORENESS,
    /** Needs a therapist's look soon; the screen is marked for attention. */
    WARNING,
    /** Possible nerve involvement: stop training, see a sports physician; the screen is urgent. */
    RED_FLAG,
    /** Needs emergency care now; no screen is offered. */
    EMERGENCY;

    public boolean isWorseThan(TriageClass other) {
        return compareTo(other) > 0;
    }
}
