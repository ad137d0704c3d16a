package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeyedThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final KeyedThrottle throttle = new KeyedThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void theAllowedNumberOfFailuresDoesNotBlockButOneMoreDoes() {
        throttle.failed("email:jo@example.com");
        throttle.failed("email:jo@example.com");
        assertEquals(Duration.ZERO, throttle.waitFor("email:jo@example.com"));

        throttle.failed("email:jo@example.com");
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("email:jo@example.com"));
        assertEquals(Duration.ZERO, throttle.waitFor("email:someone-else@example.com"));
    }

    @Test
    void theBlockEndsWhenTheOldestFailureLeavesTheWindow() {
        throttle.failed("k");
        clock.advance(Duration.ofMinutes(5));
        throttle.failed("k");
        throttle.failed("k");
        assertEquals(Duration.ofMinutes(10), throttle.waitFor("k"));

        clock.advance(Duration.ofMinutes(10));
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        throttle.failed("k");
        throttle.failed("k");
        throttle.succeeded("k");
        throttle.failed("k");
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
    }
}
