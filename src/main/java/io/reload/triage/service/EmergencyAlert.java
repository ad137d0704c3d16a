package io.reload.triage.service;

import io.reload.triage.domain.SelfCheck;
import java.io.Serializable;
import java.time.Instant;

/** An emergency self-check as staff see it on their start page. */
public class EmergencyAlert implements Serializable {

    private final long selfCheckId;
    private final Instant createdAt;
    private final String clientName;

    private EmergencyAlert(long selfCheckId, Instant createdAt, String clientName) {
        this.selfCheckId = selfCheckId;
        this.createdAt = createdAt;
        this.clientName = clientName;
    }

    static EmergencyAlert of(SelfCheck check) {
        return new EmergencyAlert(
                check.getId(),
                check.getCreatedAt(),
                check.getClient() == null ? null : check.getClient().getFullName());
    }

    public long getSelfCheckId() {
        return selfCheckId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The client's name once a client has booked with the check; null while it is anonymous. */
    public String getClientName() {
        return clientName;
    }

    public boolean isClientKnown() {
        return clientName != null;
    }
}
