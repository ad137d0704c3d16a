package io.reload.account.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One "set a new password" link sent to an account: kept as the hash of its token, usable once until it expires. */
@Entity
@Table(name = "password_resets")
public class PasswordReset extends BaseEntity {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** Why a link no longer works; each has its own message. */
    public enum Refusal {
        UNKNOWN,
        USED,
        EXPIRED
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(Account account, String tokenHash, Instant now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** Why the link cannot be used at that instant, or null when it can. */
    public Refusal refusalAt(Instant now) {
        if (usedAt != null) {
            return Refusal.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Refusal.EXPIRED;
        }
        return account.isActive() ? null : Refusal.UNKNOWN;
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
