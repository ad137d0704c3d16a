package io.reload.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After a number of events for the same key (an email, or a network address) within a window,
 * further ones for that key are refused until the oldest leaves the window: used for reset-link
 * requests (mail bombing). Kept in memory per server: a restart forgets, which errs on the side
 * of letting people in. Sign-ins are throttled in the database instead (SignInCounter).
 */
public class KeyedThrottle {

    private final int allowedFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public KeyedThrottle(int allowedFailures, Duration window, Clock clock) {
        this.allowedFailures = allowedFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must wait before it may try again; zero when it may try now. */
    public Duration waitFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            forgetOld(recent);
            if (recent.size() < allowedFailures) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), recent.peekFirst().plus(window));
        }
    }

    public void failed(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
