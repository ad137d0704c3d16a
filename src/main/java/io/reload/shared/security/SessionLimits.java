package io.reload.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * How long a signed-in session lasts. Staff and therapists see many clients' health data, often
 * on shared clinic computers: 15 minutes without a request end their session; a client's own
 * device gets 30. Whatever the activity, a session ends 12 hours after its sign-in, so a stolen
 * session id is not good forever (OWASP ASVS 5.0, V7.3).
 */
final class SessionLimits {

    static final Duration TEAM_IDLE = Duration.ofMinutes(15);
    static final Duration CLIENT_IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);

    private SessionLimits() {}

    static Duration idleTimeoutFor(Set<String> groups) {
        return groups.contains(Roles.STAFF) || groups.contains(Roles.THERAPIST) ? TEAM_IDLE : CLIENT_IDLE;
    }

    /** Signed in this long ago or more: the session is over. */
    static boolean isOver(Instant signedInAt, Instant now) {
        return !now.isBefore(signedInAt.plus(ABSOLUTE));
    }
}
