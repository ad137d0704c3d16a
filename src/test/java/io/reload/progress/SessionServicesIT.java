package io.reload.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.service.CorrectionForm;
import io.reload.progress.service.HistoryPage;
import io.reload.progress.service.ProgressService;
import io.reload.progress.service.ProgressView;
import io.reload.progress.service.RedFlagService;
import io.reload.progress.service.SessionForm;
import io.reload.progress.service.SessionLogService;
import io.reload.progress.service.SessionResult;
import io.reload.progress.web.ProgressText;
import io.reload.progress.web.SessionCsv;
import io.reload.protocol.PlanTestData;
import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import io.reload.protocol.web.ProtocolText;
import io.reload.shared.audit.Amendment;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.text.Texts;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.service.ClinicOverviewService;
import io.reload.triage.domain.Symptom;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging sessions through the plan's rules against the real database: a 2-point rise moves the
 * phase back in the same transaction as the log, a clean lift raises its load, the gate opens,
 * bad input saves nothing; history, correction, export, charts and who may see them.
 */
@ServiceTest
class SessionServicesIT {

    private static final int ACTIVE_RECOVERY = 1;
    private static final int REBUILD = 2;
    private static final int RELOAD = 4;

    @Inject
    SessionLogService sessionLogs;

    @Inject
    ProgressService progress;

    @Inject
    PlanService plans;

    @Inject
    RedFlagService redFlags;

    @Inject
    ClinicOverviewService clinicOverview;

    @Inject
    ClinicService clinic;

    @Inject
    TestData data;

    @Inject
    PlanTestData planData;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    private long client;
    private long therapist;

    @BeforeEach
    void theRunAsAccounts() {
        client = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        therapist = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
    }

    private LocalDate today() {
        return LocalDate.now(clinic.profile().getTimeZone());
    }

    private long myPlanIn(int phaseIndex) {
        return planData.plan(client, therapist, today(), phaseIndex);
    }

    private SessionForm todaysForm(int before, int after) throws Exception {
        SessionForm form = asClient.call(() -> sessionLogs.newSession()).orElseThrow();
        form.setPainBefore(before);
        form.setPainAfter(after);
        return form;
    }

    private SessionResult log(SessionForm form) throws Exception {
        return asClient.call(() -> sessionLogs.log(form));
    }

    /** What the plan did, in the words the page shows. */
    private static List<String> said(SessionResult result) {
        ProtocolText words = ProtocolText.in(Locale.ENGLISH);
        return result.whatHappened().stream().map(words::event).toList();
    }

    /** The sessions as the CSV download writes them. */
    private static String csv(List<HistoryPage.Row> sessions) {
        return SessionCsv.of(sessions, Locale.ENGLISH);
    }

    private PlanView myPlan() throws Exception {
        return asClient.call(() -> plans.myPlan()).orElseThrow();
    }

    @Test
    void aRiseOfTwoMovesThePlanBackAndSaysSo() throws Exception {
        myPlanIn(ACTIVE_RECOVERY);
        SessionResult result = log(todaysForm(2, 4));

        assertEquals(
                List.of(
                        "Pain rose by 2 points during the session, so the plan moved back from \"Active recovery\" to \"Calm it down\"."),
                said(result));
        assertEquals("Calm it down", myPlan().getCurrentPhase().getName());
        HistoryPage history = asClient.call(() -> progress.myHistory(0));
        assertEquals(4, history.getRows().get(0).after());
        assertEquals("Active recovery", history.getRows().get(0).phase(), "the log keeps the phase it was logged in");
    }

    @Test
    void aRiseOfOneChangesNothing() throws Exception {
        myPlanIn(ACTIVE_RECOVERY);
        SessionResult result = log(todaysForm(2, 3));
        assertEquals(
                List.of(
                        "The plan stays in \"Active recovery\": pain rose by 1, and only a rise of 2 points or more moves a plan back."),
                said(result));
        assertEquals("Active recovery", myPlan().getCurrentPhase().getName());
    }

    @Test
    void theLogAndThePlansMoveAreSavedTogetherOrNotAtAll() throws Exception {
        long plan = planData.plan(client, therapist, today().plusDays(3), ACTIVE_RECOVERY); // not started yet
        SessionForm form = todaysForm(2, 5);
        long before = asClient.call(() -> progress.myHistory(0)).getTotal();

        var refusal = assertThrows(BusinessException.class, () -> log(form));
        assertEquals("session.plan.notStarted", refusal.getMessageKey());
        assertEquals(
                before, asClient.call(() -> progress.myHistory(0)).getTotal(), "no log without the plan's decision");
        assertEquals(ACTIVE_RECOVERY, planData.phaseIndexOf(plan));
    }

    @Test
    void painOutsideZeroToTenIsRefusedAndNothingIsSaved() throws Exception {
        myPlanIn(ACTIVE_RECOVERY);
        long before = asClient.call(() -> progress.myHistory(0)).getTotal();
        SessionForm form = todaysForm(2, 11);
        var refusal = assertThrows(InvalidInputException.class, () -> log(form));
        assertEquals("painAfter", refusal.getField().orElseThrow());
        assertEquals("session.pain.range", refusal.getMessageKey());
        form.setPainAfter(3);
        form.setPainBefore(-1);
        assertEquals(
                "painBefore",
                assertThrows(InvalidInputException.class, () -> log(form))
                        .getField()
                        .orElseThrow());
        assertEquals(before, asClient.call(() -> progress.myHistory(0)).getTotal());
    }

    @Test
    void aCleanLiftRaisesItsLoadAndAShortSetKeepsIt() throws Exception {
        myPlanIn(RELOAD); // week 1: kettlebell deadlift from blocks 4 x 8, working load 20 kg (20% of 100 kg)
        SessionForm clean = todaysForm(1, 1);
        SessionForm.Entry deadlift = clean.getEntries().stream()
                .filter(SessionForm.Entry::isLift)
                .findFirst()
                .orElseThrow();
        assertEquals("Kettlebell deadlift from blocks", deadlift.getName());
        deadlift.setAllSetsPainFree(true);
        deadlift.setGoodForm(true);
        assertEquals(
                List.of(
                        "Kettlebell deadlift from blocks: every set pain-free with good form, so the working load goes up 5%, from 20 kg to 22.5 kg.",
                        "The plan stays in \"Reload\": pain did not rise during the session (a rise of 2 points or more moves a plan back)."),
                said(log(clean)));

        SessionForm shortSet = todaysForm(1, 1);
        SessionForm.Entry again = shortSet.getEntries().stream()
                .filter(SessionForm.Entry::isLift)
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("22.5"), again.getLoad(), "the form offers the new load");
        again.setSetsDone(3);
        again.setAllSetsPainFree(true);
        again.setGoodForm(true);
        assertTrue(said(log(shortSet)).get(0).contains("the working load stays at 22.5 kg"));
    }

    @Test
    void passingEveryGateTestMovesOnAndTheChartsShowIt() throws Exception {
        long plan = myPlanIn(REBUILD);
        SessionForm threeOfFour = todaysForm(1, 1);
        threeOfFour.getGate().subList(0, 3).forEach(test -> test.setPassed(true));
        assertEquals(
                List.of(
                        "1 of the 4 checks of \"Rebuild movement\" still to pass before moving on.",
                        "The plan stays in \"Rebuild movement\": pain did not rise during the session (a rise of 2 points or more moves a plan back)."),
                said(log(threeOfFour)));

        SessionForm lastOne = todaysForm(1, 0);
        assertTrue(lastOne.getGate().get(0).isPassedBefore());
        lastOne.getGate().get(3).setPassed(true);
        assertEquals(
                List.of("Every check of \"Rebuild movement\" passed: on to \"Re-pattern the hinge\"."),
                said(log(lastOne)));

        ProgressView view = asClient.call(() -> progress.myProgress()).orElseThrow();
        assertEquals(2, view.getPainRows().size());
        assertEquals(4, view.getGatePasses().size());
        String painChart = ProgressText.in(Locale.ENGLISH).painChart(view.getPainSeries());
        assertTrue(painChart.contains("\"data\":[1,1]"), painChart);
        assertEquals(
                view.getPainSeries(),
                asTherapist.call(() -> progress.progressOfPlan(plan)).getPainSeries(),
                "the therapist sees the same");
    }

    @Test
    void aRedFlagAlertsStaffAndFlagsTheClient() throws Exception {
        myPlanIn(ACTIVE_RECOVERY);
        SessionForm form = todaysForm(3, 3);
        form.setSymptoms(List.of(Symptom.LEG_WEAKNESS));
        SessionResult result = log(form);

        assertTrue(result.redFlag());
        assertTrue(asStaff.call(() -> redFlags.recent()).stream()
                .anyMatch(alert -> alert.clientName().equals("Run-as CLIENT")));
        assertTrue(
                asStaff.call(() -> clinicOverview.overview()).getOpenAlerts().stream()
                        .anyMatch(alert -> alert.getKind() == AlertKind.RED_FLAG
                                && "Run-as CLIENT".equals(alert.getClientName())
                                && alert.getSymptoms().contains(Symptom.LEG_WEAKNESS)),
                "an alert on the staff's Clinic overview");
        assertTrue(asClient.call(() -> progress.myProgress())
                .orElseThrow()
                .getFlags()
                .contains(EscalationFlag.RED_FLAG_SYMPTOM));
    }

    @Test
    void aCorrectionSaysWhatItChangesAndExportHasEverySession() throws Exception {
        myPlanIn(ACTIVE_RECOVERY);
        long id = log(todaysForm(2, 3)).sessionId();
        CorrectionForm correction = asClient.call(() -> progress.sessionForCorrection(id));
        correction.setPainAfter(2);
        correction.setNote("Misread the scale");
        assertEquals(
                List.of("Pain after: 3 → 2", "The note changed."),
                asClient.call(() -> progress.correct(correction)).stream()
                        .map(change -> Texts.format(Locale.ENGLISH, change))
                        .toList());
        assertTrue(asClient.call(() -> progress.myHistory(0)).getRows().stream()
                .anyMatch(row -> row.id() == id && row.edited() && row.after() == 2));
        var earlier = asClient.call(() -> progress.earlierValuesOfMySession(id));
        assertEquals(
                List.of("session.note", "session.painAfter"),
                earlier.stream().map(Amendment::getField).sorted().toList());
        assertEquals(
                "3",
                earlier.stream()
                        .filter(a -> a.getField().equals("session.painAfter"))
                        .findFirst()
                        .orElseThrow()
                        .getBefore());
        assertEquals(
                null,
                earlier.stream()
                        .filter(a -> a.getField().equals("session.note"))
                        .findFirst()
                        .orElseThrow()
                        .getBefore());

        var stale = assertThrows(BusinessException.class, () -> asClient.call(() -> progress.correct(correction)));
        assertEquals("session.changedMeanwhile", stale.getMessageKey());

        String csv = csv(asClient.call(() -> progress.myExport()));
        assertTrue(
                csv.startsWith(
                        "date,phase,pain_before,pain_after,change,real_change,exercises,gate_tests_passed,new_symptoms,note,corrected\r\n"),
                csv);
        assertTrue(csv.contains(today() + ",Active recovery,2,2,0,false,"), csv);
        assertTrue(csv.contains("Misread the scale,true"), csv);
    }

    @Test
    void aFormerTherapistSeesOnlyTheSessionsOfTheirOwnPlan() throws Exception {
        long former = myPlanIn(ACTIVE_RECOVERY);
        long underFormer = log(todaysForm(2, 3)).sessionId();
        long nextTherapist = data.newAccount("Next therapist", Role.THERAPIST);
        planData.plan(client, nextTherapist, today(), ACTIVE_RECOVERY); // ends the former plan
        SessionForm note = todaysForm(5, 5);
        note.setNote("Logged under the next plan");
        long underNext = log(note).sessionId();

        HistoryPage history = asTherapist.call(() -> progress.historyOfPlan(former, 0));
        assertEquals(
                List.of(underFormer),
                history.getRows().stream().map(HistoryPage.Row::id).toList());
        assertEquals(1, history.getTotal());
        String csv = csv(asTherapist.call(() -> progress.exportOfPlan(former)));
        assertEquals(2, csv.split("\r\n").length, "the header and the one session of the former plan: " + csv);
        assertFalse(csv.contains("Logged under the next plan"), csv);
        ProgressView charts = asTherapist.call(() -> progress.progressOfPlan(former));
        assertEquals(
                List.of(3),
                charts.getPainRows().stream().map(ProgressView.PainRow::after).toList());

        HistoryPage mine = asClient.call(() -> progress.myHistory(0));
        assertTrue(
                mine.getRows().stream().map(HistoryPage.Row::id).toList().containsAll(List.of(underFormer, underNext)));
        assertTrue(csv(asClient.call(() -> progress.myExport())).contains("Logged under the next plan"));
    }

    @Test
    void onlyTheClientAndTheirTherapistSeeTheSessions() throws Exception {
        long mine = myPlanIn(ACTIVE_RECOVERY);
        long id = log(todaysForm(2, 3)).sessionId();
        long otherTherapist = data.newAccount("Other therapist", Role.THERAPIST);
        long otherClient = data.newAccount("Other client", Role.CLIENT);
        long theirs = planData.plan(otherClient, otherTherapist, today());

        assertEquals(
                "plan.notFound",
                assertThrows(BusinessException.class, () -> asTherapist.call(() -> progress.progressOfPlan(theirs)))
                        .getMessageKey());
        assertEquals(
                "plan.notFound",
                assertThrows(BusinessException.class, () -> asTherapist.call(() -> progress.historyOfPlan(theirs, 0)))
                        .getMessageKey());
        assertThrows(BusinessException.class, () -> asTherapist.call(() -> progress.exportOfPlan(theirs)));
        assertTrue(asTherapist.call(() -> progress.historyOfPlan(mine, 0)).getRows().stream()
                .anyMatch(row -> row.id() == id));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> progress.progressOfPlan(mine)));
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> sessionLogs.newSession()));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> redFlags.recent()));
        assertThrows(EJBAccessException.class, () -> progress.myHistory(0), "anonymous");
    }
}
