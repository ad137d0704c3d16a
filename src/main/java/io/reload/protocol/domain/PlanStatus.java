package io.reload.protocol.domain;

/** A plan is followed until the therapist ends it (or assigns the client a new one). */
public enum PlanStatus {
    ACTIVE,
    ENDED
}
