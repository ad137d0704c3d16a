package io.reload.demo;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionLog;
import io.reload.progress.domain.SessionLogRepository;
import io.reload.protocol.domain.FindingsRepository;
import io.reload.protocol.domain.GateTest;
import io.reload.protocol.domain.LiftResult;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvents;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.ProtocolTemplate;
import io.reload.protocol.domain.ScreenFindings;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.domain.SessionReport;
import io.reload.protocol.domain.TemplateRepository;
import io.reload.protocol.domain.TodaysPrescriptions;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.DemoDataSwitch;
import io.reload.triage.domain.Symptom;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With demo data, demo clients have plans with a history, played through the real phase engine
 * day by day, so every phase of the default protocol has a client in it: Priya calms it down,
 * Lee is in active recovery, Jamie's pain rose and the plan moved back before it went on to
 * rebuilding movement (flagged on the staff dashboard), Alex recovers well through the gate into
 * re-patterning the hinge (and corrected a session), Noor reloads with rising loads and logged a
 * red-flag symptom yesterday (an alert on the staff start page), Ben stays healthy. Omar has
 * recorded the findings of Sasha's screen today, "plan needed", so a plan waits to be assigned.
 */
@Singleton
@Startup
@DependsOn({"DemoAccounts", "DemoSchedules"})
public class DemoPlans {

    /**
     * A session on a day of the plan (day 1 is its first), pain before and after, whether every
     * gate test passed, the new symptoms reported with it, and a correction the client made later.
     */
    private record Session(
            int day, int before, int after, boolean gatePassed, Set<Symptom> symptoms, Correction correction) {
        Session(int day, int before, int after, boolean gatePassed) {
            this(day, before, after, gatePassed, Set.of(), null);
        }
    }

    /** What the client changed a day after logging: the pain and the note (the engine's decisions stand). */
    private record Correction(int before, int after, String note) {}

    private static final List<Session> ALEX = List.of(
            new Session(4, 5, 4, false),
            new Session(5, 4, 4, false, Set.of(), new Correction(4, 3, "Typed 4 after the walk, it was 3.")),
            new Session(6, 4, 3, false),
            new Session(7, 3, 3, false),
            new Session(8, 3, 2, false),
            new Session(9, 2, 2, true),
            new Session(11, 2, 1, false));
    private static final List<Session> JAMIE = List.of(
            new Session(1, 3, 3, false),
            new Session(2, 3, 4, false),
            new Session(4, 4, 4, false),
            new Session(6, 4, 6, false),
            new Session(8, 5, 6, false));
    private static final List<Session> PRIYA = List.of(new Session(1, 6, 5, false), new Session(2, 5, 5, false));
    private static final List<Session> LEE = List.of(new Session(1, 4, 4, false), new Session(2, 4, 3, false));
    /** Day 9 of the plan is today: the red flag of day 8 was yesterday, inside staff's seven days of alerts. */
    private static final List<Session> NOOR = List.of(
            new Session(2, 3, 3, false),
            new Session(4, 3, 2, false),
            new Session(6, 2, 2, false),
            new Session(8, 2, 3, false, Set.of(Symptom.NUMBNESS), null));

    private static final List<Session> BEN =
            List.of(new Session(1, 1, 1, false), new Session(3, 1, 0, false), new Session(5, 0, 0, false));

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
    ScheduleRepository screens;

    @Inject
    FindingsRepository findings;

    @Inject
    Clock clock;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @Inject
    ClusterLocks clusterLocks;

    @PostConstruct
    void giveDemoClientsPlans() {
        clusterLocks.holdForStartUp(); // a node starting at the same moment waits, then finds this done
        if (!demoData.isOn()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
        demoPlan(
                "alex@reload.example",
                "tara@reload.example",
                today.minusDays(11),
                0,
                "142.5",
                "82",
                WeightUnit.KG,
                ALEX,
                today);
        demoPlan(
                "jamie@reload.example",
                "omar@reload.example",
                today.minusDays(8),
                1,
                "265",
                "170",
                WeightUnit.LB,
                JAMIE,
                today);
        demoPlan(
                "priya@reload.example",
                "tara@reload.example",
                today.minusDays(1),
                0,
                "110",
                "64",
                WeightUnit.KG,
                PRIYA,
                today);
        demoPlan(
                "lee@reload.example",
                "omar@reload.example",
                today.minusDays(1),
                1,
                "315",
                "190",
                WeightUnit.LB,
                LEE,
                today);
        demoPlan(
                "noor@reload.example",
                "tara@reload.example",
                today.minusDays(8),
                4,
                "120",
                "70",
                WeightUnit.KG,
                NOOR,
                today);
        demoPlan(
                "ben@reload.example",
                "omar@reload.example",
                today.minusDays(5),
                5,
                "180",
                "88",
                WeightUnit.KG,
                BEN,
                today);
        findingsOfTodaysScreen("sasha@reload.example");
    }

    /** The findings of the client's screen (DemoSchedules booked it), as the therapist records them after it. */
    private void findingsOfTodaysScreen(String clientEmail) {
        Account client = accounts.findByEmail(clientEmail).orElse(null);
        Screen screen = client == null
                ? null
                : screens.screensOfClient(client.getId()).stream().findFirst().orElse(null);
        if (screen == null || findings.ofScreen(screen.getId()).isPresent()) {
            return;
        }
        ScreenFindings recorded = new ScreenFindings(screen.getId());
        recorded.record(
                "Lifts from the floor at work with a rounded back.",
                "Sits slumped for hours.",
                "Tight hip flexors, guarded low back.",
                "Weak glutes, especially the right side.",
                "Hinges from the spine, not the hips.",
                ScreenOutcome.PLAN_NEEDED,
                screen.getTherapist(),
                clock.instant());
        findings.add(recorded);
    }

    private void demoPlan(
            String clientEmail,
            String therapistEmail,
            LocalDate start,
            int phaseIndex,
            String oneRepMax,
            String bodyWeight,
            WeightUnit unit,
            List<Session> history,
            LocalDate today) {
        Account client = accounts.findByEmail(clientEmail).orElse(null);
        Account therapist = accounts.findByEmail(therapistEmail).orElse(null);
        if (client == null
                || therapist == null
                || plans.activeOf(client.getId()).isPresent()) {
            return;
        }
        ProtocolTemplate clinicDefault =
                templates.assignableBy(therapist.getId()).get(0);
        ProtocolTemplate copy = templates.add(clinicDefault.copyFor(therapist, clinicDefault.getName(), true));
        Plan plan = plans.add(new Plan(
                client,
                therapist,
                copy,
                null,
                start,
                phaseIndex,
                unit.toKg(new BigDecimal(oneRepMax)),
                unit.toKg(new BigDecimal(bodyWeight)),
                unit));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            plan.catchUpTo(day).forEach(plans::addEvent);
            int dayOfPlan = (int) (day.toEpochDay() - start.toEpochDay()) + 1;
            for (Session session : history) {
                if (session.day() == dayOfPlan) {
                    logSession(plan, client, day, session);
                }
            }
        }
        healthChanged.fire(new ClientHealthChanged(client.getId()));
    }

    private void logSession(Plan plan, Account client, LocalDate day, Session session) {
        ZoneId zone = clinic.profile().getTimeZone();
        SessionLog log = new SessionLog(
                client,
                plan.getId(),
                day,
                day.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant(),
                new PainScores(session.before(), session.after()),
                plan.getPhaseIndex() + 1,
                plan.currentPhase().getName());
        Set<Long> gate = session.gatePassed()
                ? plan.currentPhase().getGateTests().stream()
                        .map(GateTest::getId)
                        .collect(Collectors.toSet())
                : Set.of();
        plan.currentPhase().getGateTests().stream()
                .filter(test -> gate.contains(test.getId()))
                .forEach(test -> log.passed(test.getId(), test.getDescription()));
        List<LiftResult> lifts = liftsDoneCleanly(plan, log, day);
        log.reported(session.symptoms().isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(session.symptoms()));
        if (session.correction() != null) {
            Correction correction = session.correction();
            log.correct(
                    new PainScores(correction.before(), correction.after()),
                    correction.note(),
                    day.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(zone).toInstant());
        }
        sessions.add(log);
        // the engine judges what the client logged that evening, not the later correction
        SessionReport report =
                new SessionReport(day, new PainScore(session.before()), new PainScore(session.after()), lifts, gate);
        PlanEvents.apply(plan, plan.engine().afterSession(plan.progress(), report), day, log.getId())
                .forEach(plans::addEvent);
    }

    /**
     * Today's lifts of the phase as prescribed, every set done pain-free with good form: what
     * makes the engine raise a working load, as it would for a client logging them.
     */
    private static List<LiftResult> liftsDoneCleanly(Plan plan, SessionLog log, LocalDate day) {
        Map<String, BigDecimal> loads = plan.progress().workingLoadsKg();
        List<LiftResult> lifts = new ArrayList<>();
        for (Prescription lift :
                TodaysPrescriptions.of(plan.currentPhase(), plan.progress().dayOfPhase(day), plan.isFallbackOn(day))) {
            BigDecimal load = lift.isLift() ? loads.get(lift.getLiftKey()) : null;
            if (load == null) {
                continue;
            }
            Integer sets = lift.getDosage().getSetsCount();
            Integer reps = lift.getDosage().getReps();
            log.addExercise(lift.getName(), lift.getLiftKey())
                    .prescribed(sets, reps, load)
                    .done(sets, reps, load, true, true);
            lifts.add(new LiftResult(lift.getLiftKey(), true, true));
        }
        return lifts;
    }
}
