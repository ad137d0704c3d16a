package io.reload.progress.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionExercise;
import io.reload.progress.domain.SessionLog;
import io.reload.progress.domain.SessionLogRepository;
import io.reload.progress.domain.SessionSymptoms;
import io.reload.protocol.domain.LiftResult;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.SessionReport;
import io.reload.protocol.service.EventFacts;
import io.reload.protocol.service.PlanSessionService;
import io.reload.protocol.service.SessionPlan;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import io.reload.triage.domain.Symptom;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client logs a session of their plan (journey 3). Saving runs the plan's rules in the same
 * transaction: the log and the plan's move are saved together, or neither is.
 */
@Stateless
@RolesAllowed(Roles.CLIENT)
public class SessionLogService {

    @Inject
    PlanSessionService planSessions;

    @Inject
    SessionLogRepository sessions;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    /** A form for today's session, prefilled with what the plan prescribes; empty without a plan. */
    public Optional<SessionForm> newSession() {
        return planSessions.planForLogging().map(SessionForms::prefilled);
    }

    public SessionResult log(SessionForm form) {
        InputCheck.refuseInvalid(validator, form);
        SessionPlan plan = planSessions.planForLogging().orElseThrow(() -> new BusinessException("session.noPlan"));
        if (plan.getPlanId() != form.getPlanId()) {
            throw new BusinessException("session.plan.changed");
        }
        Account me = currentAccount.get();
        SessionLog log = new SessionLog(
                me,
                plan.getPlanId(),
                plan.getDay(),
                clock.instant(),
                new PainScores(form.getPainBefore(), form.getPainAfter()),
                plan.getPhasePosition(),
                plan.getPhaseName());
        recordExercises(log, form, plan);
        Map<Long, SessionPlan.GateTest> gateTests =
                plan.getGateTests().stream().collect(Collectors.toMap(SessionPlan.GateTest::id, Function.identity()));
        form.getGate().stream()
                .filter(SessionForm.GateEntry::isPassed)
                .map(entry -> gateTests.get(entry.getId()))
                .filter(test -> test != null)
                .forEach(test -> log.passed(test.id(), test.description()));
        Set<Symptom> symptoms =
                form.getSymptoms().isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(form.getSymptoms());
        log.reported(symptoms);
        log.note(form.getNote());
        sessions.add(log);

        List<EventFacts> whatHappened = planSessions.applySession(plan.getPlanId(), report(log), log.getId());
        healthChanged.fire(new ClientHealthChanged(me.getId()));
        return new SessionResult(log.getId(), whatHappened, log.isRedFlag(), SessionSymptoms.isEmergency(symptoms));
    }

    /** Each prescription as the plan has it today; the numbers as the client entered them. */
    private static void recordExercises(SessionLog log, SessionForm form, SessionPlan plan) {
        Map<String, SessionPlan.Exercise> prescribed = plan.getExercises().stream()
                .collect(Collectors.toMap(SessionPlan.Exercise::name, Function.identity(), (first, second) -> first));
        for (SessionForm.Entry entry : form.getEntries()) {
            SessionPlan.Exercise exercise = prescribed.get(entry.getName());
            if (exercise == null) {
                continue; // no longer prescribed (the plan moved meanwhile): not part of this session
            }
            if (exercise.isLift() && entry.getLoad() != null && entry.getLoad().signum() <= 0) {
                throw new InvalidInputException("load", "session.load.range");
            }
            log.addExercise(exercise.name(), exercise.liftKey())
                    .prescribed(exercise.sets(), exercise.reps(), exercise.workingLoadKg())
                    .done(
                            entry.getSetsDone(),
                            entry.getRepsDone(),
                            entry.getLoad() == null ? null : plan.getUnit().toKg(entry.getLoad()),
                            entry.isAllSetsPainFree(),
                            entry.isGoodForm());
        }
    }

    private static SessionReport report(SessionLog log) {
        List<LiftResult> lifts = log.getExercises().stream()
                .filter(SessionExercise::isLift)
                .map(exercise -> new LiftResult(
                        exercise.getLiftKey(), exercise.completedAllSetsPainFree(), exercise.isGoodForm()))
                .toList();
        Set<Long> gate =
                log.getGatePasses().stream().map(pass -> pass.getGateTestId()).collect(Collectors.toSet());
        return new SessionReport(
                log.getDay(), new PainScore(log.getPainBefore()), new PainScore(log.getPainAfter()), lifts, gate);
    }
}
