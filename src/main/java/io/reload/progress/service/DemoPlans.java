package io.reload.progress.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionLog;
import io.reload.progress.domain.SessionLogRepository;
import io.reload.protocol.domain.GateTest;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvents;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.ProtocolTemplate;
import io.reload.protocol.domain.SessionReport;
import io.reload.protocol.domain.TemplateRepository;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.persistence.DemoDataSwitch;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With demo data, two demo clients have a plan with a history, played through the real phase
 * engine day by day: Alex recovers well (through the gate into re-patterning the hinge), Jamie's
 * pain rises and the plan moves back (flagged on the staff dashboard).
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoPlans {

    /** A session on a day of the plan (day 1 is its first), pain before and after, whether every gate test passed. */
    private record Session(int day, int before, int after, boolean gatePassed) {
    }

    private static final List<Session> ALEX = List.of(
            new Session(4, 5, 4, false), new Session(5, 4, 4, false), new Session(6, 4, 3, false),
            new Session(7, 3, 3, false), new Session(8, 3, 2, false), new Session(9, 2, 2, true), new Session(11, 2, 1, false));
    private static final List<Session> JAMIE = List.of(
            new Session(1, 3, 3, false), new Session(2, 3, 4, false), new Session(4, 4, 4, false), new Session(6, 4, 6, false),
            new Session(8, 5, 6, false));

    @Inject
    DemoDataSwitch demoData;

    @Inject
    AccountRepository accounts;

    @Inject
    TemplateRepository templates;

    @Inject
    PlanRepository plans;

    @Inject
    SessionLogRepository sessions;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @PostConstruct
    void giveDemoClientsPlans() {
        if (!demoData.isOn()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
        demoPlan("alex@reload.example", "tara@reload.example", today.minusDays(11), 0, "142.5", "82", WeightUnit.KG, ALEX, today);
        demoPlan("jamie@reload.example", "omar@reload.example", today.minusDays(8), 1, "265", "170", WeightUnit.LB, JAMIE, today);
    }

    private void demoPlan(String clientEmail, String therapistEmail, LocalDate start, int phaseIndex, String oneRepMax, String bodyWeight,
                          WeightUnit unit, List<Session> history, LocalDate today) {
        Account client = accounts.findByEmail(clientEmail).orElse(null);
        Account therapist = accounts.findByEmail(therapistEmail).orElse(null);
        if (client == null || therapist == null || plans.activeOf(client.getId()).isPresent()) {
            return;
        }
        ProtocolTemplate clinicDefault = templates.assignableBy(therapist.getId()).get(0);
        ProtocolTemplate copy = templates.add(clinicDefault.copyFor(therapist, clinicDefault.getName(), true));
        Plan plan = plans.add(new Plan(client, therapist, copy, null, start, phaseIndex,
                unit.toKg(new BigDecimal(oneRepMax)), unit.toKg(new BigDecimal(bodyWeight)), unit));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            PlanEvents.apply(plan, plan.engine().onDay(plan.progress(), day), day, null).forEach(plans::addEvent);
            int dayOfPlan = (int) (day.toEpochDay() - start.toEpochDay()) + 1;
            for (Session session : history) {
                if (session.day() == dayOfPlan) {
                    logSession(plan, client, day, session);
                }
            }
        }
        plan.evaluatedThrough(today);
        healthChanged.fire(new ClientHealthChanged(client.getId()));
    }

    private void logSession(Plan plan, Account client, LocalDate day, Session session) {
        SessionLog log = new SessionLog(client, plan.getId(), day, day.atTime(LocalTime.of(18, 0)).atZone(clinic.profile().getTimeZone()).toInstant(),
                new PainScores(session.before(), session.after()), plan.getPhaseIndex() + 1, plan.currentPhase().getName());
        Set<Long> gate = session.gatePassed() ? plan.currentPhase().getGateTests().stream().map(GateTest::getId).collect(Collectors.toSet()) : Set.of();
        plan.currentPhase().getGateTests().stream().filter(test -> gate.contains(test.getId())).forEach(test -> log.passed(test.getId(), test.getDescription()));
        sessions.add(log);
        SessionReport report = new SessionReport(day, new PainScore(session.before()), new PainScore(session.after()), List.of(), gate);
        PlanEvents.apply(plan, plan.engine().afterSession(plan.progress(), report), day, log.getId()).forEach(plans::addEvent);
    }
}
