package io.reload.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in attempts of one key (an email, or a client's address) in its current window,
 * kept in the database so a restart forgets nothing and every server counts the same. An
 * attempt is counted before its password is checked, so guesses sent at once cannot slip past
 * the limit while the first ones are still being hashed; a successful one is taken back.
 */
@Entity
@Table(name = "sign_in_counters")
public class SignInCounter {

    @Id
    @Column(name = "throttle_key", length = 300)
    private String key;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    protected SignInCounter() {}

    public SignInCounter(String key, Instant now) {
        this.key = key;
        this.windowStartedAt = now;
    }

    /**
     * Counts an attempt, unless the key has used up its window: then nothing is counted and the
     * answer is how long it must wait. A window starts with the first attempt after the last one ended.
     */
    public Duration attempt(Instant now, int allowed, Duration window) {
        if (!now.isBefore(windowStartedAt.plus(window))) {
            attempts = 0;
            windowStartedAt = now;
        }
        if (attempts >= allowed) {
            return Duration.between(now, windowStartedAt.plus(window));
        }
        attempts++;
        return Duration.ZERO;
    }

    /** The attempt just counted turned out right: it does not count against the key. */
    public void takeBackOne() {
        attempts = Math.max(0, attempts - 1);
    }

    /** The person proved who they are: the failures before no longer count. */
    public void clear() {
        attempts = 0;
    }

    public String getKey() {
        return key;
    }

    public int getAttempts() {
        return attempts;
    }
}
