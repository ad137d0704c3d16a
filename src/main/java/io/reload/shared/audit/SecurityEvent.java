package io.reload.shared.audit;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to an account or to access: what, whose, by whom, from where, when (UTC). */
@Entity
@Table(name = "security_events")
public class SecurityEvent extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private SecurityEventKind kind;

    /** The account it is about (for a failed sign-in: the email that was typed). */
    @Column(name = "account_email", length = 254, updatable = false)
    private String accountEmail;

    /** Who did it, when that was someone else than the account (staff switching it off). */
    @Column(name = "actor_email", length = 254, updatable = false)
    private String actorEmail;

    @Column(length = 64, updatable = false)
    private String address;

    @Column(length = 200, updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected SecurityEvent() {}

    SecurityEvent(
            SecurityEventKind kind,
            String accountEmail,
            String actorEmail,
            String address,
            String detail,
            Instant occurredAt) {
        this.kind = kind;
        this.accountEmail = ColumnText.fit(accountEmail, 254);
        this.actorEmail = ColumnText.fit(actorEmail, 254);
        this.address = ColumnText.fit(address, 64);
        this.detail = ColumnText.fit(detail, 200);
        this.occurredAt = occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
