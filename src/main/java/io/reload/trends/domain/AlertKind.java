package io.reload.trends.domain;

/** What a Clinic overview alert is about, and so which table its source id points into. */
public enum AlertKind {
    /** An emergency self-check (self_checks). */
    EMERGENCY_SELF_CHECK,
    /** A red-flag symptom logged with a session (session_logs). */
    RED_FLAG,
    /** A screen the client did not attend (screens). */
    NO_SHOW
}
