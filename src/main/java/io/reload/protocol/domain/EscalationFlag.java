package io.reload.protocol.domain;

/**
 * Reasons to send a client to a professional (clinical-rules 4), shown to the client, their
 * therapist and staff. Each has a sentence "escalation.FLAG" in the message bundle.
 */
public enum EscalationFlag {
    /** Pain has not come down over the persistent-pain window (14 days by default) despite the protocol. */
    NO_IMPROVEMENT,
    /** Pain is higher now than it was 72 hours (by default) before. */
    WORSE_AFTER_72_HOURS,
    /** Progressive leg weakness or worsening numbness was reported. */
    RED_FLAG_SYMPTOM,
    /** Pain makes bending, sitting, standing or driving hard. */
    DAILY_ACTIVITIES_HARD
}
