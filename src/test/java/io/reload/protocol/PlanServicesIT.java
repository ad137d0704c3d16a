package io.reload.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.clinic.service.ClinicService;
import io.reload.protocol.domain.PlanLine;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.AssignmentForm;
import io.reload.protocol.service.FindingsForm;
import io.reload.protocol.service.FindingsService;
import io.reload.protocol.service.PlanAssignmentService;
import io.reload.protocol.service.PlanCatchUpJob;
import io.reload.protocol.service.PlanOverrideService;
import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import io.reload.protocol.service.TemplateService;
import io.reload.protocol.web.ProtocolText;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.domain.PageOfRows;
import io.reload.testsupport.AllPages;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.CountedStatements;
import io.reload.testsupport.CountedStatements.Counted;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans against the real database: assigning after a screen, what the client then reads (doses
 * from their numbers), the calendar rules catching up, overrides as events, who may do what.
 */
@ServiceTest
class PlanServicesIT {

    @Inject
    PlanAssignmentService assignments;

    @Inject
    PlanService plans;

    @Inject
    TemplateService templates;

    @Inject
    PlanOverrideService overrides;

    @Inject
    PlanCatchUpJob catchUpJob;

    @Inject
    FindingsService findings;

    @Inject
    ClinicService clinic;

    @Inject
    TestData data;

    @Inject
    PlanTestData planData;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsClient asClient;

    private static final AtomicInteger NEXT_HOUR = new AtomicInteger();

    private long therapist;
    private long client;

    @BeforeEach
    void theRunAsAccounts() {
        therapist = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        client = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
    }

    private LocalDate clinicToday() {
        return LocalDate.now(clinic.profile().getTimeZone());
    }

    /** A screen of the run-as therapist with this client, a few hours ago, its findings saying a plan is needed. */
    private long screenNeedingAPlan(long clientId) throws Exception {
        long screen = screenWith(clientId, therapist);
        FindingsForm form = new FindingsForm();
        form.setMovementPatterns("Hip hinge breaks at the lumbar spine");
        form.setOutcome(ScreenOutcome.PLAN_NEEDED);
        asTherapist.call(() -> {
            findings.record(screen, form);
            return null;
        });
        return screen;
    }

    private long screenWith(long clientId, long therapistId) {
        Instant start = Instant.now()
                .truncatedTo(ChronoUnit.HOURS)
                .minus(Duration.ofDays(30))
                .plus(Duration.ofHours(NEXT_HOUR.incrementAndGet()));
        return data.screen(clientId, therapistId, start, start.plus(Duration.ofMinutes(45)));
    }

    private AssignmentForm assignment(LocalDate startsOn, String oneRepMax, String bodyWeight, WeightUnit unit)
            throws Exception {
        AssignmentForm form = new AssignmentForm();
        form.setTemplateId(
                asTherapist.call(() -> templates.myTemplates()).get(0).getId()); // the clinic's default comes first
        form.setStartsOn(startsOn);
        form.setOneRepMax(oneRepMax == null ? null : new BigDecimal(oneRepMax));
        form.setBodyWeight(new BigDecimal(bodyWeight));
        form.setUnit(unit);
        form.setStartingPhase(1);
        return form;
    }

    private long assign(long screen, AssignmentForm form) throws Exception {
        return asTherapist.call(() -> assignments.assign(screen, form));
    }

    private static List<String> texts(List<PlanView.EventRow> events) {
        return events.stream().map(PlanServicesIT::said).toList();
    }

    /** An event in the words its page shows. */
    private static String said(PlanView.EventRow event) {
        return ProtocolText.in(Locale.ENGLISH).event(event.facts());
    }

    private static final String LISTED = "Listed Client ";

    @Test
    void myClientsShowsAPageOfPlansByNameAtTheSameCostHoweverManyThereAre() throws Exception {
        planData.plan(data.newAccount("Aaron First", Role.CLIENT), therapist, clinicToday());
        asTherapist.call(() -> plans.myClientsPlans(0)); // the first call also finds my account
        Counted<PageOfRows<PlanLine>> few = CountedStatements.of(() -> asTherapist.call(() -> plans.myClientsPlans(0)));

        for (int i = 0; i < PlanService.MY_CLIENTS_PAGE + 5; i++) {
            planData.plan(data.newAccount(LISTED + i, Role.CLIENT), therapist, clinicToday(), i % 3);
        }
        Counted<PageOfRows<PlanLine>> many =
                CountedStatements.of(() -> asTherapist.call(() -> plans.myClientsPlans(0)));

        assertEquals(few.statements(), many.statements());
        assertEquals(PlanService.MY_CLIENTS_PAGE, many.result().getRows().size());
        Map<String, Integer> phaseByName = new HashMap<>();
        AllPages.rowsOf(page -> asTherapist.call(() -> plans.myClientsPlans(page))).stream()
                .filter(line -> line.getClientName().startsWith(LISTED))
                .forEach(line -> assertNull(
                        phaseByName.put(line.getClientName(), line.getPhasePosition()),
                        () -> line.getClientName() + " is on two pages"));
        for (int i = 0; i < PlanService.MY_CLIENTS_PAGE + 5; i++) {
            assertEquals(i % 3 + 1, phaseByName.get(LISTED + i), "the phase of " + LISTED + i);
        }
    }

    @Test
    void theClientSeesTheAssignedPlanWithDosesFromTheirNumbers() throws Exception {
        long screen = screenNeedingAPlan(client);
        long planId = assign(screen, assignment(clinicToday(), "140", "70", WeightUnit.KG));

        PlanView mine = asClient.call(() -> plans.myPlan()).orElseThrow();
        assertEquals(planId, mine.getId());
        assertEquals("Calm it down", mine.getCurrentPhase().getName());
        assertEquals(1, mine.getDayOfPhase());
        assertEquals(6, mine.getPhases().size());
        PlanView.TodayItem ice = mine.getToday().stream()
                .filter(item -> item.name().equals("Ice the sore area"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "15–20 min · every 2–3 hours", ProtocolText.in(Locale.ENGLISH).dose(ice));
        // working loads start at the low end of each lift's share of the 1RM: 20% of 140 kg = 28 -> 27.5 kg
        PlanView.LoadRow rdl = mine.getLoads().stream()
                .filter(load -> load.liftKey().equals("kb-rdl-blocks"))
                .findFirst()
                .orElseThrow();
        assertEquals("27.5 kg", ProtocolText.in(Locale.ENGLISH).load(rdl.loadKg(), mine.getLoadScale()));
        assertTrue(
                said(mine.getEvents().get(0))
                        .startsWith(
                                "Plan assigned from \"Low-back pain after deadlifting\", starting in \"Calm it down\" on "),
                said(mine.getEvents().get(0)));
        assertEquals(
                planId, asTherapist.call(() -> assignments.planOfScreen(screen)).orElseThrow());
    }

    @Test
    void aClientInPoundsSeesLoadsInPoundsAndWaterFromTheirWeight() throws Exception {
        long screen = screenNeedingAPlan(client);
        AssignmentForm form = assignment(clinicToday(), "308.6", "154.3", WeightUnit.LB); // 140 kg, 70 kg
        form.setStartingPhase(2);
        assign(screen, form);

        PlanView mine = asClient.call(() -> plans.myPlan()).orElseThrow();
        assertEquals("Active recovery", mine.getCurrentPhase().getName());
        assertTrue(
                mine.getToday().stream()
                        .anyMatch(item ->
                                ProtocolText.in(Locale.ENGLISH).dose(item).equals("2450–2800 ml of water a day")),
                mine.getToday().toString());
        assertTrue(
                mine.getToday().stream()
                        .anyMatch(item ->
                                ProtocolText.in(Locale.ENGLISH).dose(item).equals("112–154 g of protein a day")),
                mine.getToday().toString());
        assertEquals("308.6 lb", ProtocolText.in(Locale.ENGLISH).weight(mine.getOneRepMaxKg(), mine.getWeightUnit()));
        assertTrue(mine.getLoads().stream()
                .allMatch(load -> ProtocolText.in(Locale.ENGLISH)
                        .load(load.loadKg(), mine.getLoadScale())
                        .endsWith(" lb")));
    }

    @Test
    void aPlanThatStartedDaysAgoCatchesUpWithTheCalendarRules() throws Exception {
        LocalDate start = clinicToday().minusDays(5);
        long planId = assign(screenNeedingAPlan(client), assignment(start, "100", "80", WeightUnit.KG));
        PlanTestData.KeptStanding keptBefore = planData.keptStandingOf(planId);

        PlanView view = asTherapist.call(() -> plans.plan(planId));
        // 3 days of calming down, 2 of active recovery, then the gated rebuild phase waits for its tests
        assertEquals("Rebuild movement", view.getCurrentPhase().getName());
        assertEquals(1, view.getDayOfPhase());
        List<PlanView.EventRow> completions =
                view.getEvents().stream().filter(PlanView.EventRow::phaseChange).toList();
        assertEquals(2, completions.size(), texts(view.getEvents()).toString());
        assertEquals(start.plusDays(5), completions.get(0).day());
        assertEquals(start.plusDays(3), completions.get(1).day());
        assertEquals("\"Calm it down\" is done after its 3 days: on to \"Active recovery\".", said(completions.get(1)));

        // reading works the catch-up out and writes none of it, the client's reading neither
        asClient.call(() -> plans.myPlan());
        assertEquals(keptBefore, planData.keptStandingOf(planId));
        assertEquals(
                texts(view.getEvents()),
                texts(asTherapist.call(() -> plans.plan(planId)).getEvents()));

        // the timer writes it down (a batch at a time, other tests' plans too): the same events, kept now
        while (catchUpJob.catchUpPlans() > 0) {
            // until no plan is behind the clinic's today
        }
        PlanTestData.KeptStanding kept = planData.keptStandingOf(planId);
        assertEquals(2, kept.phaseIndex());
        assertEquals(clinicToday(), kept.evaluatedThrough());
        assertEquals(keptBefore.events() + 2, kept.events());
        assertEquals(
                texts(view.getEvents()),
                texts(asTherapist.call(() -> plans.plan(planId)).getEvents()));
    }

    @Test
    void theTherapistOverridesPhaseAndLoadWithAReasonAndEndsThePlan() throws Exception {
        long planId = assign(screenNeedingAPlan(client), assignment(clinicToday(), "140", "70", WeightUnit.KG));

        var noReason = assertThrows(
                InvalidInputException.class,
                () -> asTherapist.call(() -> {
                    overrides.movePhase(planId, 4, " ");
                    return null;
                }));
        assertEquals("reason", noReason.getField().orElseThrow());
        assertEquals(0, planData.phaseIndexOf(planId), "nothing changed");

        asTherapist.call(() -> {
            overrides.movePhase(planId, 4, "Was already training pain-free");
            return null;
        });
        asTherapist.call(() -> {
            overrides.setLoad(planId, "kb-deadlift-blocks", new BigDecimal("41"), "Moved well at 40 kg");
            return null;
        });

        PlanView mine = asClient.call(() -> plans.myPlan()).orElseThrow();
        assertEquals("Reload", mine.getCurrentPhase().getName());
        BigDecimal deadlift = mine.getLoads().stream()
                .filter(load -> load.liftKey().equals("kb-deadlift-blocks"))
                .findFirst()
                .orElseThrow()
                .loadKg();
        assertEquals("40 kg", ProtocolText.in(Locale.ENGLISH).load(deadlift, mine.getLoadScale()), "rounded to 2.5 kg");
        PlanView.EventRow load = mine.getEvents().get(0);
        assertEquals(
                "Kettlebell deadlift from blocks: the therapist set the working load from 27.5 kg to 40 kg.",
                said(load));
        assertEquals("Moved well at 40 kg", load.reason());
        assertEquals("Run-as THERAPIST", load.actor());
        PlanView.EventRow phase = mine.getEvents().get(1);
        assertEquals("The therapist moved the plan from \"Calm it down\" to \"Reload\".", said(phase));
        assertTrue(phase.phaseChange());

        asTherapist.call(() -> {
            overrides.end(planId, "Discharged: pain-free for 4 weeks");
            return null;
        });
        assertTrue(asClient.call(() -> plans.myPlan()).isEmpty());
        var ended = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    overrides.movePhase(planId, 1, "again");
                    return null;
                }));
        assertEquals("plan.ended", ended.getMessageKey());
    }

    @Test
    void aNewPlanReplacesTheClientsActivePlan() throws Exception {
        long first = assign(screenNeedingAPlan(client), assignment(clinicToday(), "140", "70", WeightUnit.KG));
        long second = assign(screenNeedingAPlan(client), assignment(clinicToday(), "150", "70", WeightUnit.KG));

        assertEquals(second, asClient.call(() -> plans.myPlan()).orElseThrow().getId());
        PlanView old = asTherapist.call(() -> plans.plan(first));
        assertTrue(!old.isActive());
        assertEquals("A new plan replaced this one.", said(old.getEvents().get(0)));
    }

    @Test
    void assigningIsRefusedWithoutFindingsForBadNumbersAndForAnotherTherapistsScreen() throws Exception {
        long noFindings = screenWith(client, therapist);
        var refusal = assertThrows(
                BusinessException.class,
                () -> assign(noFindings, assignment(clinicToday(), "140", "70", WeightUnit.KG)));
        assertEquals("plan.assign.findingsFirst", refusal.getMessageKey());

        long screen = screenNeedingAPlan(client);
        var zero = assertThrows(
                InvalidInputException.class, () -> assign(screen, assignment(clinicToday(), "0", "70", WeightUnit.KG)));
        assertEquals("plan.oneRepMax.positive", zero.getMessageKey());
        assertEquals("oneRepMax", zero.getField().orElseThrow());
        var missing = assertThrows(
                InvalidInputException.class,
                () -> assign(screen, assignment(clinicToday(), null, "70", WeightUnit.KG)));
        assertEquals("plan.oneRepMax.required", missing.getMessageKey());
        var tooEarly = assertThrows(
                InvalidInputException.class,
                () -> assign(screen, assignment(clinicToday().minusDays(8), "140", "70", WeightUnit.KG)));
        assertEquals("startsOn", tooEarly.getField().orElseThrow());
        AssignmentForm beyondLastPhase = assignment(clinicToday(), "140", "70", WeightUnit.KG);
        beyondLastPhase.setStartingPhase(7);
        var phase = assertThrows(InvalidInputException.class, () -> assign(screen, beyondLastPhase));
        assertEquals("startingPhase", phase.getField().orElseThrow());
        assertTrue(asTherapist.call(() -> assignments.planOfScreen(screen)).isEmpty(), "nothing saved");

        long otherTherapist = data.newAccount("Other therapist", Role.THERAPIST);
        long notMine = screenWith(client, otherTherapist);
        var foreign = assertThrows(
                BusinessException.class, () -> assign(notMine, assignment(clinicToday(), "140", "70", WeightUnit.KG)));
        assertEquals("booking.screen.notFound", foreign.getMessageKey());
    }

    @Test
    void anotherTherapistsPlanDoesNotExistForMeAndClientsReadOnlyTheirOwn() throws Exception {
        long otherTherapist = data.newAccount("Other therapist", Role.THERAPIST);
        long otherClient = data.newAccount("Other client", Role.CLIENT);
        long theirs = planData.plan(otherClient, otherTherapist, clinicToday());

        var read = assertThrows(BusinessException.class, () -> asTherapist.call(() -> plans.plan(theirs)));
        assertEquals("plan.notFound", read.getMessageKey());
        var move = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    overrides.movePhase(theirs, 3, "why not");
                    return null;
                }));
        assertEquals("plan.notFound", move.getMessageKey());
        assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    overrides.end(theirs, "why not");
                    return null;
                }));
        assertEquals(0, planData.phaseIndexOf(theirs));

        // a client has no way to name a plan: only their own comes back, and therapist methods are closed to them
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> plans.plan(theirs)));
        assertThrows(
                EJBAccessException.class,
                () -> asClient.call(() -> {
                    overrides.movePhase(theirs, 3, "me");
                    return null;
                }));
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> plans.myPlan()));
        assertThrows(EJBAccessException.class, () -> plans.plan(theirs), "anonymous");
        asClient.call(() -> plans.myPlan()).ifPresent(mine -> assertTrue(mine.getId() != theirs));
    }
}
