package io.reload.account.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An account's authenticator app: the shared TOTP secret, when the person confirmed it with a
 * code (enrolment; there is no row before), the last time step used (no code twice) and the
 * recovery codes. The secret is shown only on the enrolment page, and never logged
 * ({@link #toString} leaves it out).
 */
@Entity
@Table(name = "second_factors")
public class SecondFactor extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @OneToMany(mappedBy = "secondFactor", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

    @Version
    private long version;

    protected SecondFactor() {
        // for JPA
    }

    private SecondFactor(
            Account account, String secret, Instant confirmedAt, long lastUsedStep, List<String> recoveryCodeHashes) {
        this.account = account;
        this.secret = secret;
        this.confirmedAt = confirmedAt;
        this.lastUsedStep = lastUsedStep;
        recoveryCodeHashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(this, hash)));
    }

    /**
     * Enrolment: the secret the person put in their app, confirmed by a code from it (which is
     * then used up); empty when the code is not right.
     */
    public static Optional<SecondFactor> enrol(
            Account account, String secret, String code, Instant now, List<String> recoveryCodeHashes) {
        OptionalLong step = OneTimeCodes.acceptedStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecondFactor(account, secret, now, step.getAsLong(), recoveryCodeHashes));
    }

    /** The demo accounts' second factor, set up in advance with the secret the README prints. */
    public static SecondFactor preparedForDemo(Account account, String secret, Instant now) {
        return new SecondFactor(account, secret, now, Long.MIN_VALUE, List.of());
    }

    public Account getAccount() {
        return account;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** Accepts a code of the app once: right, within a step of now, and of a step not used before. */
    public boolean acceptCode(String code, Instant now) {
        OptionalLong step = OneTimeCodes.acceptedStep(secret, code, now, lastUsedStep);
        step.ifPresent(used -> lastUsedStep = used);
        return step.isPresent();
    }

    /** Accepts a recovery code once; false when it is none of this account's or was used already. */
    public boolean useRecoveryCode(String code, Instant now) {
        String hash = RecoveryCodes.hash(code);
        return recoveryCodes.stream()
                .filter(recovery -> recovery.unusedWithHash(hash))
                .findFirst()
                .map(recovery -> recovery.use(now))
                .isPresent();
    }

    /** A code of the app or a recovery code, each accepted once. */
    public boolean accept(String code, Instant now) {
        return acceptCode(code, now) || useRecoveryCode(code, now);
    }

    @Override
    public String toString() {
        return "SecondFactor[account=" + account.getId() + "]";
    }
}
