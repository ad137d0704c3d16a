package io.reload.trends.domain;

import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.domain.EscalationRules;
import io.reload.protocol.domain.PainEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a client's trend for the staff dashboard on a given clinic day, with the plan's own
 * escalation rules (clinical-rules 4), so a flag here means what it means on the client's page.
 *
 * <ul>
 *   <li>Last pain: the pain after the latest session.</li>
 *   <li>7-day change: last pain minus the pain after the latest session at least 7 days before
 *       today, or, without one, the first session of the last 7 days (null with fewer than two).</li>
 *   <li>Adherence: days with a logged session in the last 14 days, against one a day since the
 *       plan started, at most 14.</li>
 *   <li>Moved back: a move back on any of the last 7 days, today included.</li>
 * </ul>
 */
public final class TrendCalculator {

    public static final int WINDOW_DAYS = 14;
    public static final int CHANGE_DAYS = 7;
    public static final int MOVED_BACK_DAYS = 7;

    private TrendCalculator() {}

    public static Trend on(LocalDate today, ClientHistory history) {
        List<PainLog> logs = history.logs();
        PainLog latest = logs.isEmpty() ? null : logs.get(logs.size() - 1);
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        int sessions = (int) logs.stream()
                .map(PainLog::day)
                .filter(day -> !day.isBefore(windowStart) && !day.isAfter(today))
                .distinct()
                .count();
        long daysOfPlan = Math.max(0, ChronoUnit.DAYS.between(history.planStartsOn(), today) + 1);
        int expected = (int) Math.min(WINDOW_DAYS, daysOfPlan);
        long daysInPhase = Math.max(0, ChronoUnit.DAYS.between(history.phaseStartedOn(), today) + 1);
        return new Trend(
                latest == null ? null : latest.after(),
                latest == null ? null : latest.day(),
                change(today, logs, latest),
                daysInPhase,
                sessions,
                expected,
                flags(today, history),
                sparkline(today, logs));
    }

    private static Integer change(LocalDate today, List<PainLog> logs, PainLog latest) {
        if (latest == null) {
            return null;
        }
        LocalDate weekAgo = today.minusDays(CHANGE_DAYS);
        Optional<PainLog> baseline =
                logs.stream().filter(log -> !log.day().isAfter(weekAgo)).reduce((first, second) -> second);
        if (baseline.isEmpty()) {
            baseline = logs.stream()
                    .filter(log -> log.day().isAfter(weekAgo) && log != latest)
                    .findFirst();
        }
        return baseline.filter(base -> base != latest)
                .map(base -> latest.after() - base.after())
                .orElse(null);
    }

    private static Set<TrendFlag> flags(LocalDate today, ClientHistory history) {
        Set<TrendFlag> flags = EnumSet.noneOf(TrendFlag.class);
        List<PainEntry> entries = history.logs().stream()
                .map(log -> new PainEntry(log.loggedAt(), log.before(), log.after()))
                .toList();
        boolean redFlag = history.logs().stream().anyMatch(PainLog::redFlag);
        Set<EscalationFlag> escalation = EscalationRules.flags(entries, history.escalation(), redFlag, false);
        if (escalation.contains(EscalationFlag.WORSE_AFTER_72_HOURS)) {
            flags.add(TrendFlag.WORSE_AFTER_72_HOURS);
        }
        if (escalation.contains(EscalationFlag.NO_IMPROVEMENT)) {
            flags.add(TrendFlag.NO_IMPROVEMENT);
        }
        if (escalation.contains(EscalationFlag.RED_FLAG_SYMPTOM)) {
            flags.add(TrendFlag.RED_FLAG);
        }
        LocalDate movedBackSince = today.minusDays(MOVED_BACK_DAYS - 1L);
        if (history.movedBackOn().stream().anyMatch(day -> !day.isBefore(movedBackSince) && !day.isAfter(today))) {
            flags.add(TrendFlag.MOVED_BACK);
        }
        if (history.emergencySelfCheck()) {
            flags.add(TrendFlag.EMERGENCY_SELF_CHECK);
        }
        if (history.missedScreen()) {
            flags.add(TrendFlag.MISSED_SCREEN);
        }
        return flags;
    }

    /** The pain after the day's last session, for each of the last 14 days, oldest first. */
    private static List<Integer> sparkline(LocalDate today, List<PainLog> logs) {
        List<Integer> days = new ArrayList<>();
        for (int back = WINDOW_DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            days.add(logs.stream()
                    .filter(log -> log.day().equals(day))
                    .reduce((first, second) -> second)
                    .map(PainLog::after)
                    .orElse(null));
        }
        return days;
    }
}
