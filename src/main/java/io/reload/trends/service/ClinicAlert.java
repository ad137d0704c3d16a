package io.reload.trends.service;

import io.reload.trends.domain.AlertKind;
import io.reload.trends.domain.AlertRow;
import io.reload.triage.domain.Symptom;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An alert on the Clinic overview: what (kind and source id, which acknowledging names), when,
 * whose (null: a self-check nobody has booked with), a red flag's symptoms, a no-show's
 * therapist, and who acknowledged it when (null while open).
 */
public class ClinicAlert implements Serializable {

    private final AlertKind kind;
    private final long sourceId;
    private final Instant at;
    private final String clientName;
    private final Long clientId;
    private final List<Symptom> symptoms;
    private final String therapistName;
    private final String acknowledgedBy;
    private final Instant acknowledgedAt;

    ClinicAlert(AlertRow row) {
        this.kind = row.kind();
        this.sourceId = row.sourceId();
        this.at = row.at();
        this.clientName = row.clientName();
        this.clientId = row.clientId();
        this.symptoms = row.kind() == AlertKind.RED_FLAG
                        && row.detail() != null
                        && !row.detail().isBlank()
                ? Arrays.stream(row.detail().split(",")).map(Symptom::valueOf).toList()
                : List.of();
        this.therapistName = row.kind() == AlertKind.NO_SHOW ? row.detail() : null;
        this.acknowledgedBy = row.acknowledgedBy();
        this.acknowledgedAt = row.acknowledgedAt();
    }

    public AlertKind getKind() {
        return kind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public Instant getAt() {
        return at;
    }

    public String getClientName() {
        return clientName;
    }
    /** Null while nobody has booked with the self-check. */
    public Long getClientId() {
        return clientId;
    }

    public boolean isClientKnown() {
        return clientName != null;
    }

    public List<Symptom> getSymptoms() {
        return symptoms;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
