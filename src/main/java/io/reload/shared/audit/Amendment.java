package io.reload.shared.audit;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One field of a record changed by a correction: what it said before and after, who changed it
 * and when (UTC). The field is named by its label's message key (e.g. "session.painBefore").
 */
@Entity
@Table(name = "amendments")
public class Amendment extends BaseEntity {

    private static final int LONGEST = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 24, updatable = false)
    private AmendedRecord recordKind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(nullable = false, length = 60, updatable = false)
    private String field;

    @Column(name = "before_value", length = LONGEST, updatable = false)
    private String before;

    @Column(name = "after_value", length = LONGEST, updatable = false)
    private String after;

    @Column(name = "amended_by", nullable = false, length = 254, updatable = false)
    private String amendedBy;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    protected Amendment() {}

    Amendment(
            AmendedRecord recordKind,
            long recordId,
            String field,
            String before,
            String after,
            String amendedBy,
            Instant amendedAt) {
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.field = field;
        this.before = ColumnText.fit(before, LONGEST);
        this.after = ColumnText.fit(after, LONGEST);
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }
}
