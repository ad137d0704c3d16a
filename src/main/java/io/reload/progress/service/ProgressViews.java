package io.reload.progress.service;

import io.reload.progress.domain.LoadPoint;
import io.reload.progress.domain.PainPoint;
import io.reload.progress.domain.SessionExercise;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.domain.EscalationRules;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PainEntry;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.PhaseChange;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.EventFacts;
import io.reload.protocol.service.PlanView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link ProgressView} from a plan and the sessions logged on it. */
final class ProgressViews {

    private ProgressViews() {}

    static ProgressView of(PlanView plan, List<SessionLog> sessions) {
        List<ProgressView.PainRow> painRows = sessions.stream()
                .map(log -> new ProgressView.PainRow(
                        log.getDay(),
                        log.getPhaseName(),
                        log.getPainBefore(),
                        log.getPainAfter(),
                        log.painRise(),
                        PainScore.isRealChange(log.painRise())))
                .toList();
        List<ProgressView.GateRow> gates = new ArrayList<>();
        sessions.forEach(log -> log.getGatePasses()
                .forEach(pass -> gates.add(new ProgressView.GateRow(pass.getDescription(), log.getDay()))));
        return new ProgressView(
                plan.getId(),
                plan.getClientName(),
                painSeries(plan, sessions, LocalDate.MIN),
                painRows,
                liftCharts(sessions, plan.getLoadScale()),
                plan.getWeightUnit(),
                gates,
                flags(plan, sessions),
                summary(sessions));
    }

    /** The start page's short view: today's state of the plan and the pain of the last days. */
    static PortalView portal(PlanView plan, List<SessionLog> sessions, LocalDate today) {
        LocalDate from = today.minusDays(PortalView.DAYS - 1L);
        List<SessionLog> recent =
                sessions.stream().filter(log -> !log.getDay().isBefore(from)).toList();
        boolean loggedToday = recent.stream().anyMatch(log -> log.getDay().equals(today));
        List<EventFacts> decisions = PortalView.decisionsOn(today, plan.getEvents());
        return new PortalView(
                plan,
                loggedToday,
                decisions,
                painSeries(plan, recent, from),
                recent.size(),
                summary(recent),
                flags(plan, sessions));
    }

    /** The pain chart's data: the sessions given, with the phase changes from that day on. */
    private static PainSeries painSeries(PlanView plan, List<SessionLog> sessions, LocalDate from) {
        List<PainPoint> points = sessions.stream()
                .map(log -> new PainPoint(
                        log.getDay(),
                        log.getPainBefore(),
                        log.getPainAfter(),
                        log.getPhasePosition(),
                        log.getPhaseName()))
                .toList();
        List<PhaseChange> changes = plan.getPhaseChanges().stream()
                .filter(change -> !change.day().isBefore(from))
                .toList();
        return new PainSeries(points, changes);
    }

    /** Per lift: the load prescribed (as the plan showed it that day) against performed (as entered), in the plan's unit. */
    private static List<ProgressView.LiftChart> liftCharts(List<SessionLog> sessions, LoadScale loads) {
        WeightUnit unit = loads.unit();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<LoadPoint>> points = new LinkedHashMap<>();
        for (SessionLog log : sessions) {
            for (SessionExercise exercise : log.getExercises()) {
                if (!exercise.isLift()) {
                    continue;
                }
                names.putIfAbsent(exercise.getLiftKey(), exercise.getName());
                BigDecimal prescribed =
                        exercise.getPrescribedLoadKg() == null ? null : loads.shown(exercise.getPrescribedLoadKg());
                BigDecimal performed = exercise.getLoadKg() == null ? null : unit.asEntered(exercise.getLoadKg());
                points.computeIfAbsent(exercise.getLiftKey(), key -> new ArrayList<>())
                        .add(new LoadPoint(log.getDay(), prescribed, performed));
            }
        }
        return names.entrySet().stream()
                .map(lift -> new ProgressView.LiftChart(lift.getKey(), lift.getValue(), points.get(lift.getKey())))
                .toList();
    }

    /** The escalation flags of clinical-rules 4, from this plan's sessions. */
    static Set<EscalationFlag> escalation(PlanView plan, List<SessionLog> sessions) {
        List<PainEntry> entries = sessions.stream()
                .map(log -> new PainEntry(log.getLoggedAt(), log.getPainBefore(), log.getPainAfter()))
                .toList();
        boolean redFlag = sessions.stream().anyMatch(SessionLog::isRedFlag);
        boolean dailyLifeHard =
                !sessions.isEmpty() && sessions.get(sessions.size() - 1).isDailyActivitiesHard();
        return EscalationRules.flags(entries, plan.getEscalation(), redFlag, dailyLifeHard);
    }

    private static List<EscalationFlag> flags(PlanView plan, List<SessionLog> sessions) {
        return List.copyOf(escalation(plan, sessions));
    }

    /** Pain after the first session against after the latest; null under two sessions. */
    private static PainSummary summary(List<SessionLog> sessions) {
        if (sessions.size() < 2) {
            return null;
        }
        return new PainSummary(
                sessions.get(0).getPainAfter(),
                sessions.get(sessions.size() - 1).getPainAfter());
    }
}
