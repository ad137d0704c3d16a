package io.reload.trends.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member saw an alert and took it on: who and when (UTC). Rows are only ever added. */
@Entity
@Table(name = "alert_acknowledgements")
public class AlertAcknowledgement extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_kind", nullable = false, length = 24, updatable = false)
    private AlertKind kind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acknowledged_by_id", updatable = false)
    private Account acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private Instant acknowledgedAt;

    protected AlertAcknowledgement() {}

    public AlertAcknowledgement(AlertKind kind, long sourceId, Account acknowledgedBy, Instant acknowledgedAt) {
        this.kind = kind;
        this.sourceId = sourceId;
        this.acknowledgedBy = acknowledgedBy;
        this.acknowledgedAt = acknowledgedAt;
    }

    public AlertKind getKind() {
        return kind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public Account getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
