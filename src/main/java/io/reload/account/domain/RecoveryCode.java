package io.reload.account.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recovery code of a second factor, as its SHA-256 hash; used at most once. */
@Entity
@Table(name = "recovery_codes")
public class RecoveryCode extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "second_factor_id", nullable = false, updatable = false)
    private SecondFactor secondFactor;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(SecondFactor secondFactor, String codeHash) {
        this.secondFactor = secondFactor;
        this.codeHash = codeHash;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    boolean unusedWithHash(String hash) {
        return isUnused() && OneTimeCodes.sameText(codeHash, hash);
    }

    RecoveryCode use(Instant now) {
        usedAt = now;
        return this;
    }
}
