package io.reload.account.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResetLinkThrottleTest {

    private static ResetLinkThrottle throttle() {
        ResetLinkThrottle throttle = new ResetLinkThrottle();
        throttle.clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        throttle.start();
        return throttle;
    }

    @Test
    void fiveLinksForOneEmailThenNoMoreWhateverItsCase() {
        ResetLinkThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.allow("jo@example.com", "10.0.0." + i), "request " + (i + 1));
        }
        assertFalse(throttle.allow(" JO@example.com ", "10.0.0.9"));
        assertTrue(throttle.allow("sam@example.com", "10.0.0.9"), "another email from another address");
    }

    @Test
    void fiveLinksFromOneAddressThenNoMore() {
        ResetLinkThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.allow("person" + i + "@example.com", "10.0.0.1"));
        }
        assertFalse(throttle.allow("someone.else@example.com", "10.0.0.1"));
    }
}
