package io.reload.trends.domain;

/**
 * Why a client is on the staff dashboard's watch list (journey 5), each from the same rules the
 * plan and the self-check use. Each has a label "trends.flag.FLAG" in the message bundle.
 */
public enum TrendFlag {
    /** The plan moved back a phase (pain rose by 2+ in a session) in the last 7 days. */
    MOVED_BACK,
    /** Pain is higher than it was 72 hours before. */
    WORSE_AFTER_72_HOURS,
    /** Pain has not come down over 14 days (the template's persistent-pain window). */
    NO_IMPROVEMENT,
    /** Numbness, leg weakness or loss of control reported with a session. */
    RED_FLAG,
    /** An emergency self-check in the last 30 days. */
    EMERGENCY_SELF_CHECK,
    /** A screen not attended in the last 30 days. */
    MISSED_SCREEN
}
