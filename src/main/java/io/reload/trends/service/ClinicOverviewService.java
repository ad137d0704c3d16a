package io.reload.trends.service;

import io.reload.account.domain.Account;
import io.reload.booking.service.SlotOffersService;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.audit.AuditTrail.ViewedList;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.trends.domain.AlertAcknowledgement;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.domain.ClinicOverviewRepository;
import io.reload.trends.domain.ClinicOverviewRepository.WeekFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff's Clinic overview: today's screens across all therapists, the alerts of the last 7 days
 * (emergency self-checks, red flags logged with sessions, no-shows) that a staff member
 * acknowledges, and this week's figures. Trends owns it: it already reads every feature's
 * alerts for its flags.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ClinicOverviewService {

    static final Duration ALERT_WINDOW = Duration.ofDays(7);

    /** Per kind and list: the public self-check must not be able to stall the page. */
    public static final int MAX_ALERTS = 100;

    @Inject
    ClinicOverviewRepository repository;

    @Inject
    ClinicService clinic;

    @Inject
    SlotOffersService slots;

    @Inject
    AuditTrail audit;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    public ClinicOverview overview() {
        ZoneId zone = clinic.profile().getTimeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        Instant since = now.minus(ALERT_WINDOW);

        List<TodayScreen> screens = repository
                .screensBetween(
                        today.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .map(TodayScreen::new)
                .toList();
        WeekFigures figures = repository.weekFigures(weekStart, weekEnd);
        OverviewCounts counts = new OverviewCounts(
                figures.activePlans(),
                figures.flaggedClients(),
                figures.screens(),
                figures.noShows(),
                slots.freeSlotsLeftInWeek(today));
        List<ClinicAlert> alerts = Arrays.stream(AlertKind.values())
                .flatMap(kind -> repository.alerts(kind, since, 2 * MAX_ALERTS).stream())
                .map(ClinicAlert::new)
                .toList();
        List<ClinicAlert> open = newestFirst(alerts, false);
        List<ClinicAlert> acknowledged = newestFirst(alerts, true);
        audit.viewedEach(List.of(
                new ViewedList<>(
                        screens,
                        TodayScreen::getClientId,
                        TodayScreen::getClientName,
                        "clinic overview: today's screens"),
                new ViewedList<>(open, ClinicAlert::getClientId, ClinicAlert::getClientName, "clinic overview: alerts"),
                new ViewedList<>(
                        acknowledged,
                        ClinicAlert::getClientId,
                        ClinicAlert::getClientName,
                        "clinic overview: acknowledged alerts")));
        return new ClinicOverview(zone, today, screens, open, acknowledged, counts);
    }

    /** The caller takes the alert on; refused when it is no alert or someone already acknowledged it. */
    public void acknowledge(AlertKind kind, long sourceId) {
        if (kind == null || !repository.isAlert(kind, sourceId)) {
            throw new BusinessException("overview.alert.notFound");
        }
        repository.acknowledgementOf(kind, sourceId).ifPresent(earlier -> {
            throw new BusinessException(
                    "overview.alert.alreadyAcknowledged",
                    earlier.getAcknowledgedBy().getFullName());
        });
        Account staff =
                repository.accountByEmail(caller.getName()).orElseThrow(() -> new BusinessException("account.unknown"));
        try {
            repository.add(new AlertAcknowledgement(kind, sourceId, staff, clock.instant()));
        } catch (PersistenceException raced) {
            // someone acknowledged it in the same moment: the unique key keeps theirs
            throw new BusinessException("overview.alert.alreadyAcknowledgedJustNow");
        }
    }

    /**
     * The open or the acknowledged alerts, newest first (by when they were acknowledged, for
     * those), at most {@link #MAX_ALERTS} of each kind. A kind's alerts are read open first, up to
     * twice that, so only a flood of open ones can crowd its acknowledged ones out.
     */
    private static List<ClinicAlert> newestFirst(List<ClinicAlert> alerts, boolean acknowledged) {
        Function<ClinicAlert, Instant> newestFirst = acknowledged ? ClinicAlert::getAcknowledgedAt : ClinicAlert::getAt;
        Map<AlertKind, List<ClinicAlert>> byKind = alerts.stream()
                .filter(alert -> (alert.getAcknowledgedAt() != null) == acknowledged)
                .collect(Collectors.groupingBy(ClinicAlert::getKind));
        return byKind.values().stream()
                .flatMap(ofKind -> ofKind.stream().limit(MAX_ALERTS))
                .sorted(Comparator.comparing(newestFirst).reversed())
                .toList();
    }
}
