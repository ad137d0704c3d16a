package io.reload.account.service;

import io.reload.account.domain.SignInCounter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The sign-in throttle: ten attempts that fail, for one email or from one address, within 15
 * minutes, and that key waits until its window ends. Each attempt costs a PBKDF2 hash (a fifth
 * of a second of CPU), so refusing early also keeps a flood from starving everyone else.
 * Each call is its own transaction: the count stands whatever the sign-in does next.
 */
@Stateless
@PermitAll
public class SignInAttempts {

    static final int ALLOWED = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts an attempt for the email and for the address, before the password is checked.
     * Zero: go ahead; otherwise how long the longer-blocked key must wait (nothing counted).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration admit(String email, String address) {
        Instant now = clock.instant();
        List<SignInCounter> counters = lockedCounters(email, address);
        Duration wait = Duration.ZERO;
        for (SignInCounter counter : counters) {
            Duration mine = counter.attempt(now, ALLOWED, WINDOW);
            wait = mine.compareTo(wait) > 0 ? mine : wait;
        }
        if (!wait.isZero()) {
            em.clear(); // a refused attempt counts for neither key
        }
        return wait;
    }

    /** The password was right: the email starts afresh, and this attempt does not count against the address. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String email, String address) {
        List<SignInCounter> counters = lockedCounters(email, address);
        counters.get(0).clear();
        counters.get(1).takeBackOne();
    }

    /** The email's counter, then the address's, each locked; rows appear on first use (also on two servers at once). */
    private List<SignInCounter> lockedCounters(String email, String address) {
        String emailKey = "email:" + email.strip().toLowerCase(Locale.ROOT);
        String addressKey = "address:" + Objects.requireNonNullElse(address, "unknown");
        // locked in one order (by key), so two attempts never wait on each other crosswise
        List<String> inLockOrder =
                List.of(emailKey, addressKey).stream().sorted().toList();
        for (String key : inLockOrder) {
            // a new row's window lies in the past, so its first attempt starts one (in Java's clock, not the
            // database's). "On duplicate key" rather than "insert ignore": it takes the existing row's
            // lock exclusively at once, where insert ignore takes a shared one that two attempts then
            // both wait to raise (a deadlock, seen with 45 people signing in from one address at once)
            em.createNativeQuery(
                            "insert into sign_in_counters (throttle_key, attempts, window_started_at) values (?1, 0, TIMESTAMP '1970-01-02 00:00:00') on duplicate key update attempts = attempts")
                    .setParameter(1, key)
                    .executeUpdate();
            em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return List.of(em.find(SignInCounter.class, emailKey), em.find(SignInCounter.class, addressKey));
    }
}
