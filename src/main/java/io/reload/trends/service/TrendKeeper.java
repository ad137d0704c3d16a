package io.reload.trends.service;

import io.reload.clinic.service.ClinicService;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanProgress;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.trends.domain.ClientHistory;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendCalculator;
import io.reload.trends.domain.TrendRepository;
import io.reload.trends.domain.TrendSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps each client's dashboard row in step: worked out again whenever something about the
 * client's recovery changes (in that change's transaction), and each new clinic day.
 */
@ApplicationScoped
public class TrendKeeper {

    /** How far back an emergency self-check or a missed screen still flags a client. */
    static final Duration RECENT = Duration.ofDays(30);

    @Inject
    TrendSources sources;

    @Inject
    TrendRepository trends;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    void onChange(@Observes ClientHealthChanged change) {
        refresh(change.clientId(), today());
    }

    /** Works out the client's row again; removes it when they have no active plan. */
    public void refresh(long clientId, LocalDate day) {
        Optional<ClientTrend> existing = trends.findForUpdate(clientId);
        Optional<Plan> plan = sources.activePlanOf(clientId);
        if (plan.isEmpty()) {
            existing.ifPresent(trends::remove);
            return;
        }
        ClientTrend row = existing.orElseGet(() -> new ClientTrend(clientId));
        Plan active = plan.get();
        Instant now = clock.instant();
        // the phase as the client would see it today, also when nobody has opened the plan since it moved on
        PlanProgress standing = active.progressOn(day);
        row.describe(
                active.getId(),
                active.getTherapist().getId(),
                active.getClient().getFullName(),
                active.getTherapist().getFullName(),
                standing.phaseIndex() + 1,
                active.getProtocol().getPhases().get(standing.phaseIndex()).getName(),
                standing.phaseStartedOn());
        ClientHistory history = new ClientHistory(
                active.getStartsOn(),
                standing.phaseStartedOn(),
                active.getProtocol().escalation(),
                sources.logsOf(active.getId()),
                sources.movedBackSince(active.getId(), day.minusDays(TrendCalculator.MOVED_BACK_DAYS)),
                sources.emergencySelfCheckSince(clientId, now.minus(RECENT)),
                sources.missedScreenSince(clientId, now.minus(RECENT)));
        row.update(TrendCalculator.on(day, history), day, now);
        if (existing.isEmpty()) {
            trends.add(row);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
    }
}
