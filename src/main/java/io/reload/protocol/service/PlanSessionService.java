package io.reload.protocol.service;

import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.SessionReport;
import io.reload.protocol.domain.TodaysPrescriptions;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.shared.text.ReaderLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's side of a logged session: what the session is logged against, and the engine
 * run on it. Called by the progress feature inside the client's own transaction, so the log
 * and the plan's move are saved together or not at all.
 */
@Stateless
@RolesAllowed(Roles.CLIENT)
public class PlanSessionService {

    @Inject
    PlanAccess access;

    @Inject
    PlanJournal journal;

    @Inject
    PlanRepository plans;

    @Inject
    ReaderLocale readerLocale;

    /**
     * My active plan as it stands today, ready to log a session against, in my language; empty
     * without one. The log keeps the phase name and gate tests as I saw them.
     */
    public Optional<SessionPlan> planForLogging() {
        return access.clientsOwnToRead()
                .map(reading -> sessionPlan(reading.plan(), access.today(), readerLocale.get()));
    }

    /**
     * Runs the rules on the session (clinical-rules 4) and records every decision as an event of
     * the session. Returns what happened.
     */
    public List<EventFacts> applySession(long planId, SessionReport report, long sessionId) {
        Plan plan = access.clientsOwnToChange()
                .filter(own -> own.getId() == planId)
                .orElseThrow(() -> new BusinessException("session.plan.changed"));
        if (!plan.hasStartedBy(report.day())) {
            throw new BusinessException("session.plan.notStarted");
        }
        List<PlanEvent> events =
                journal.apply(plan, plan.engine().afterSession(plan.progress(), report), report.day(), sessionId);
        Locale reader = readerLocale.get();
        Map<String, String> liftNames = PlanViews.liftNames(plan, reader);
        return events.stream()
                .map(event -> PlanViews.facts(event, liftNames, plan.loadScale(), reader))
                .toList();
    }

    private static SessionPlan sessionPlan(Plan plan, LocalDate today, Locale reader) {
        ProtocolPhase phase = plan.currentPhase();
        long day = plan.hasStartedBy(today) ? plan.progress().dayOfPhase(today) : 1;
        List<SessionPlan.Exercise> exercises = TodaysPrescriptions.of(phase, day, plan.isFallbackOn(today)).stream()
                .filter(prescription ->
                        prescription.isLift() || prescription.getDosage().getReps() != null)
                .map(prescription -> exercise(prescription, plan, reader))
                .toList();
        List<SessionPlan.GateTest> gate = phase.getGateTests().stream()
                .map(test -> new SessionPlan.GateTest(
                        test.getId(),
                        test.description(reader),
                        plan.progress().passedGateTests().contains(test.getId())))
                .toList();
        return new SessionPlan(
                plan.getId(), today, phase.getPosition(), phase.name(reader), plan.loadScale(), exercises, gate);
    }

    private static SessionPlan.Exercise exercise(Prescription prescription, Plan plan, Locale reader) {
        BigDecimal working = prescription.isLift() ? plan.getWorkingLoadsKg().get(prescription.getLiftKey()) : null;
        return new SessionPlan.Exercise(
                prescription.name(reader),
                prescription.isLift() ? prescription.getLiftKey() : null,
                prescription.getDosage().getSetsCount(),
                prescription.getDosage().getReps(),
                working);
    }
}
