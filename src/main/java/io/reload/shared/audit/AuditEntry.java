package io.reload.shared.audit;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a client's health data by someone other than the client: who, whose, what, when (UTC). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends BaseEntity {

    @Column(name = "viewer_email", nullable = false, length = 254, updatable = false)
    private String viewerEmail;

    /** Null for a view of many clients at once (a dashboard page, an export). */
    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "client_name", length = 120, updatable = false)
    private String clientName;

    @Column(nullable = false, length = 200, updatable = false)
    private String what;

    @Column(name = "viewed_at", nullable = false, updatable = false)
    private Instant viewedAt;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(String viewerEmail, Long clientId, String clientName, String what, Instant viewedAt) {
        this.viewerEmail = viewerEmail;
        this.clientId = clientId;
        this.clientName = clientName;
        this.what = what.length() > 200 ? what.substring(0, 200) : what;
        this.viewedAt = viewedAt;
    }

    public String getViewerEmail() {
        return viewerEmail;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getWhat() {
        return what;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
