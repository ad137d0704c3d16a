package io.reload.progress.service;

import io.reload.progress.domain.LoadChart;
import io.reload.progress.domain.LoadPoint;
import io.reload.progress.domain.PainChart;
import io.reload.progress.domain.PainPoint;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.PhaseChange;
import io.reload.progress.domain.SessionExercise;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.domain.EscalationRules;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PainEntry;
import io.reload.protocol.domain.ProgressionRules;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.PlanView;
import io.reload.shared.text.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds a {@link ProgressView} from a plan and the sessions logged on it. */
final class ProgressViews {

    private static final Locale LOCALE = Locale.ENGLISH;

    private ProgressViews() {
    }

    static ProgressView of(PlanView plan, List<SessionLog> sessions) {
        LoadScale loads = plan.getLoadScale();
        String painChart = painChart(plan, sessions, LocalDate.MIN);
        List<ProgressView.PainRow> painRows = sessions.stream()
                .map(log -> new ProgressView.PainRow(log.getDay(), log.getPhaseName(), log.getPainBefore(), log.getPainAfter(),
                        log.painRise(), PainScores.isRealChange(log.painRise())))
                .toList();
        List<ProgressView.GateRow> gates = new ArrayList<>();
        sessions.forEach(log -> log.getGatePasses().forEach(pass -> gates.add(new ProgressView.GateRow(pass.getDescription(), log.getDay()))));
        return new ProgressView(plan.getId(), plan.getClientName(), painChart, painRows, liftCharts(sessions, loads), gates,
                flags(plan, sessions), summary(sessions));
    }

    /** The start page's short view: today's state of the plan and the pain of the last days. */
    static PortalView portal(PlanView plan, List<SessionLog> sessions, LocalDate today) {
        LocalDate from = today.minusDays(PortalView.DAYS - 1L);
        List<SessionLog> recent = sessions.stream().filter(log -> !log.getDay().isBefore(from)).toList();
        boolean loggedToday = recent.stream().anyMatch(log -> log.getDay().equals(today));
        return new PortalView(plan, loggedToday, PortalView.decisionsOn(today, plan.getEvents()), painChart(plan, recent, from),
                recent.size(), summary(recent), flags(plan, sessions));
    }

    /** The pain chart of the sessions given, with the phase changes from that day on. */
    private static String painChart(PlanView plan, List<SessionLog> sessions, LocalDate from) {
        List<PainPoint> points = sessions.stream()
                .map(log -> new PainPoint(log.getDay(), log.getPainBefore(), log.getPainAfter(), log.getPhasePosition(), log.getPhaseName()))
                .toList();
        List<PhaseChange> changes = plan.getPhaseMoves().stream()
                .filter(move -> !move.day().isBefore(from))
                .map(move -> new PhaseChange(move.day(), move.fromPosition(), move.toPosition(), move.toName()))
                .toList();
        return PainChart.of(points, changes, new PainChart.Labels(text("progress.chart.before"), text("progress.chart.after"),
                text("progress.chart.phase"), text("progress.chart.phaseChange"), text("progress.chart.painAxis"))).toString();
    }

    private static List<ProgressView.LiftChart> liftCharts(List<SessionLog> sessions, LoadScale loads) {
        WeightUnit unit = loads.unit();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<LoadPoint>> points = new LinkedHashMap<>();
        Map<String, List<ProgressView.LoadRow>> rows = new LinkedHashMap<>();
        for (SessionLog log : sessions) {
            for (SessionExercise exercise : log.getExercises()) {
                if (!exercise.isLift()) {
                    continue;
                }
                names.putIfAbsent(exercise.getLiftKey(), exercise.getName());
                // prescribed as the plan showed it that day; performed as the client entered it
                BigDecimal prescribed = exercise.getPrescribedLoadKg() == null ? null : loads.shown(exercise.getPrescribedLoadKg());
                BigDecimal performed = inUnit(exercise.getLoadKg(), unit);
                points.computeIfAbsent(exercise.getLiftKey(), key -> new ArrayList<>()).add(new LoadPoint(log.getDay(), prescribed, performed));
                rows.computeIfAbsent(exercise.getLiftKey(), key -> new ArrayList<>())
                        .add(new ProgressView.LoadRow(log.getDay(), withUnit(prescribed, unit), withUnit(performed, unit)));
            }
        }
        LoadChart.Labels words = new LoadChart.Labels(text("progress.chart.prescribed"), text("progress.chart.performed"), text("unit." + unit.name()));
        return names.entrySet().stream()
                .map(lift -> new ProgressView.LiftChart(lift.getKey(), lift.getValue(), LoadChart.of(points.get(lift.getKey()), words).toString(), rows.get(lift.getKey())))
                .toList();
    }

    /** The escalation flags of clinical-rules 4, from this plan's sessions. */
    static Set<EscalationFlag> escalation(PlanView plan, List<SessionLog> sessions) {
        List<PainEntry> entries = sessions.stream().map(log -> new PainEntry(log.getLoggedAt(), log.getPainBefore(), log.getPainAfter())).toList();
        ProgressionRules rules = new ProgressionRules(0, BigDecimal.ZERO, plan.getPersistentPainDays(), plan.getWorseningAfterHours());
        boolean redFlag = sessions.stream().anyMatch(SessionLog::isRedFlag);
        boolean dailyLifeHard = !sessions.isEmpty() && sessions.get(sessions.size() - 1).isDailyActivitiesHard();
        return EscalationRules.flags(entries, rules, redFlag, dailyLifeHard);
    }

    private static List<String> flags(PlanView plan, List<SessionLog> sessions) {
        return escalation(plan, sessions).stream().map(flag -> text("escalation." + flag.name())).toList();
    }

    /** Pain after the first session against after the latest, labelled real change or normal variation. */
    private static String summary(List<SessionLog> sessions) {
        if (sessions.size() < 2) {
            return null;
        }
        int change = sessions.get(sessions.size() - 1).getPainAfter() - sessions.get(0).getPainAfter();
        String key = PainScores.isRealChange(change) ? "progress.summary.real" : "progress.summary.normal";
        return Texts.format(LOCALE, key, sessions.get(0).getPainAfter(), sessions.get(sessions.size() - 1).getPainAfter(), Math.abs(change),
                change < 0 ? 0 : change > 0 ? 2 : 1);
    }

    private static BigDecimal inUnit(BigDecimal kg, WeightUnit unit) {
        return kg == null ? null : unit.fromKg(kg).setScale(1, RoundingMode.HALF_UP);
    }

    private static String withUnit(BigDecimal amount, WeightUnit unit) {
        return amount == null ? "–" : amount.stripTrailingZeros().toPlainString() + " " + text("unit." + unit.name());
    }

    private static String text(String key) {
        return Texts.format(LOCALE, key);
    }
}
