package io.reload.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    @Test
    void staffAndTherapistsIdleOutAfterFifteenMinutesClientsAfterThirty() {
        assertEquals(Duration.ofMinutes(15), SessionLimits.idleTimeoutFor(Set.of(Roles.STAFF)));
        assertEquals(Duration.ofMinutes(15), SessionLimits.idleTimeoutFor(Set.of(Roles.THERAPIST)));
        assertEquals(Duration.ofMinutes(30), SessionLimits.idleTimeoutFor(Set.of(Roles.CLIENT)));
    }

    @Test
    void aSessionEndsTwelveHoursAfterItsSignIn() {
        Instant signedIn = Instant.parse("2026-12-01T08:00:00Z");
        assertFalse(SessionLimits.isOver(signedIn, Instant.parse("2026-12-01T19:59:59Z")));
        assertTrue(SessionLimits.isOver(signedIn, Instant.parse("2026-12-01T20:00:00Z")));
    }
}
