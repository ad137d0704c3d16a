package io.reload.progress.service;

import io.reload.progress.domain.SessionLogRepository;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Staff see every red flag a client reported with a session in the last week, newest first. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class RedFlagService {

    static final int MAX_ALERTS = 100;

    @Inject
    SessionLogRepository sessions;

    @Inject
    Clock clock;

    public List<RedFlagAlert> recent() {
        return sessions.redFlagsSince(clock.instant().minus(Duration.ofDays(7)), MAX_ALERTS).stream()
                .map(log ->
                        new RedFlagAlert(log.getClient().getFullName(), log.getDay(), List.copyOf(log.getSymptoms())))
                .toList();
    }
}
