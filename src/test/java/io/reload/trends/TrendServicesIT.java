package io.reload.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.service.SessionForm;
import io.reload.progress.service.SessionLogService;
import io.reload.protocol.PlanTestData;
import io.reload.protocol.service.PlanService;
import io.reload.shared.domain.BusinessException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import io.reload.trends.domain.TrendFlag;
import io.reload.trends.service.AuditLogService;
import io.reload.trends.service.AuditRow;
import io.reload.trends.service.DashboardQuery;
import io.reload.trends.service.TrendRow;
import io.reload.trends.service.TrendSchedule;
import io.reload.trends.service.TrendService;
import io.reload.trends.web.DashboardCsv;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff dashboard against the real database: each flag at its boundary, kept in step by the
 * changes that move it; sorting only by allow-listed columns; filters; export; the audit log.
 */
@ServiceTest
class TrendServicesIT {

    @Inject
    TrendService trends;

    @Inject
    TrendSchedule trendSchedule;

    @Inject
    AuditLogService auditLog;

    @Inject
    SessionLogService sessionLogs;

    @Inject
    PlanService plans;

    @Inject
    ClinicService clinic;

    @Inject
    TestData data;

    @Inject
    PlanTestData planData;

    @Inject
    TrendTestData trendData;

    @Inject
    AsStaff asStaff;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    /** The second phase of the default protocol in Spanish, as migration V18 translates it. */
    private static final String SPANISH_ACTIVE_RECOVERY = "Recuperación activa";

    private long therapist;

    @BeforeEach
    void accounts() {
        therapist = data.newAccount("Dashboard therapist", Role.THERAPIST);
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
        data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
    }

    private ZoneId zone() {
        return clinic.profile().getTimeZone();
    }

    private LocalDate today() {
        return LocalDate.now(zone());
    }

    /** A new client with a plan of the test's therapist, started 20 days ago. */
    private long clientWithPlan(String name) {
        long client = data.newAccount(name, Role.CLIENT);
        planData.plan(client, therapist, today().minusDays(20), 1);
        return client;
    }

    private long planOf(long client) {
        return planData.activePlanOf(client);
    }

    private Set<TrendFlag> flagsOf(long client) throws Exception {
        trendData.refreshTrend(client, today());
        return flagsOnTheDashboard(client);
    }

    /** The flags the client's row shows, as last worked out. */
    private Set<TrendFlag> flagsOnTheDashboard(long client) throws Exception {
        DashboardQuery query = new DashboardQuery();
        query.setTherapistId(therapist);
        return asStaff.call(() -> trends.page(query, 0, 100, Locale.ENGLISH)).stream()
                .filter(row -> row.getClientId() == client)
                .findFirst()
                .orElseThrow()
                .getFlags()
                .stream()
                .collect(Collectors.toSet());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void noImprovementAfterFourteenDaysButNotThirteen() throws Exception {
        long fourteen = clientWithPlan("Fourteen Days");
        trendData.painLogged(planOf(fourteen), now().minus(Duration.ofDays(14)), zone(), 4, 5);
        trendData.painLogged(planOf(fourteen), now(), zone(), 4, 5);
        long thirteen = clientWithPlan("Thirteen Days");
        trendData.painLogged(planOf(thirteen), now().minus(Duration.ofDays(13)), zone(), 4, 5);
        trendData.painLogged(planOf(thirteen), now(), zone(), 4, 5);

        assertTrue(flagsOf(fourteen).contains(TrendFlag.NO_IMPROVEMENT));
        assertFalse(flagsOf(thirteen).contains(TrendFlag.NO_IMPROVEMENT));
    }

    @Test
    void worseAfterSeventyTwoHoursButNotSeventyOne() throws Exception {
        long worse = clientWithPlan("Seventy-two Hours");
        trendData.painLogged(planOf(worse), now().minus(Duration.ofHours(72)), zone(), 3, 3);
        trendData.painLogged(planOf(worse), now(), zone(), 3, 4);
        long early = clientWithPlan("Seventy-one Hours");
        trendData.painLogged(planOf(early), now().minus(Duration.ofHours(71)), zone(), 3, 3);
        trendData.painLogged(planOf(early), now(), zone(), 3, 4);

        assertTrue(flagsOf(worse).contains(TrendFlag.WORSE_AFTER_72_HOURS));
        assertFalse(flagsOf(early).contains(TrendFlag.WORSE_AFTER_72_HOURS));
    }

    @Test
    void aRiseOfTwoFlagsMovedBackARiseOfOneDoesNot() throws Exception {
        long client = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        planData.plan(client, therapist, today(), 1);
        logAsClient(2, 3);
        assertFalse(flagsOf(client).contains(TrendFlag.MOVED_BACK), "a rise of 1");
        logAsClient(2, 4);
        // the session's own transaction refreshed the row: no explicit refresh needed
        DashboardQuery movedBack = new DashboardQuery();
        movedBack.setFlag(TrendFlag.MOVED_BACK);
        movedBack.setTherapistId(therapist);
        assertTrue(asStaff.call(() -> trends.page(movedBack, 0, 100, Locale.ENGLISH)).stream()
                .anyMatch(row -> row.getClientId() == client));
    }

    private void logAsClient(int before, int after) throws Exception {
        SessionForm form = asClient.call(() -> sessionLogs.newSession()).orElseThrow();
        form.setPainBefore(before);
        form.setPainAfter(after);
        asClient.call(() -> sessionLogs.log(form));
    }

    @Test
    void theTimersBatchWorksOutARowLastWorkedOutYesterday() throws Exception {
        long client = clientWithPlan("Worked Out Yesterday");
        trendData.refreshTrend(client, today().minusDays(1));
        trendData.painLogged(planOf(client), now().minus(Duration.ofHours(72)), zone(), 3, 3);
        trendData.painLogged(planOf(client), now(), zone(), 3, 4);
        assertFalse(flagsOnTheDashboard(client).contains(TrendFlag.WORSE_AFTER_72_HOURS), "not worked out yet");

        // each batch works out rows of its own; the database may hold more stale ones than a batch
        for (int batch = 0; batch < 100 && trendSchedule.refreshStaleTrends() > 0; batch++) {}

        assertTrue(flagsOnTheDashboard(client).contains(TrendFlag.WORSE_AFTER_72_HOURS));
    }

    @Test
    void aMissedScreenIsFlagged() throws Exception {
        long client = clientWithPlan("Missed Screen");
        Instant start = now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        long screen = data.screen(client, therapist, start, start.plus(Duration.ofMinutes(45)));
        assertFalse(flagsOf(client).contains(TrendFlag.MISSED_SCREEN));
        trendData.noShow(screen);
        assertTrue(flagsOf(client).contains(TrendFlag.MISSED_SCREEN));
    }

    @Test
    void onlyAllowListedColumnsSortAndFlaggedClientsComeFirstByDefault() throws Exception {
        long calm = clientWithPlan("Aaron Calm");
        trendData.painLogged(planOf(calm), now().minus(Duration.ofDays(1)), zone(), 1, 1);
        long flagged = clientWithPlan("Zoe Flagged");
        trendData.painLogged(planOf(flagged), now().minus(Duration.ofDays(4)), zone(), 3, 3);
        trendData.painLogged(planOf(flagged), now(), zone(), 4, 6);
        trendData.refreshTrend(calm, today());
        trendData.refreshTrend(flagged, today());

        DashboardQuery mine = new DashboardQuery();
        mine.setTherapistId(therapist);
        List<TrendRow> byFlags = asStaff.call(() -> trends.page(mine, 0, 100, Locale.ENGLISH));
        assertTrue(byFlags.get(0).isFlagged(), "flagged first");
        assertTrue(byFlags.indexOf(row(byFlags, flagged)) < byFlags.indexOf(row(byFlags, calm)));

        mine.setSort("lastPain");
        mine.setAscending(true);
        List<TrendRow> byPain = asStaff.call(() -> trends.page(mine, 0, 100, Locale.ENGLISH));
        assertTrue(byPain.indexOf(row(byPain, calm)) < byPain.indexOf(row(byPain, flagged)));
        mine.setAscending(false);
        assertEquals(
                List.of(flagged, calm),
                asStaff.call(() -> trends.page(mine, 0, 100, Locale.ENGLISH)).stream()
                        .map(TrendRow::getClientId)
                        .filter(id -> id == calm || id == flagged)
                        .toList());

        for (String forged : List.of("last_pain; drop table client_trends", "t.clientName", "lastpain", "")) {
            mine.setSort(forged);
            var refusal = assertThrows(
                    BusinessException.class,
                    () -> asStaff.call(() -> trends.page(mine, 0, 10, Locale.ENGLISH)),
                    forged);
            assertEquals("trends.sort.unknown", refusal.getMessageKey());
        }
        assertThrows(BusinessException.class, () -> asStaff.call(() -> trends.export(mine, Locale.ENGLISH)));
    }

    @Test
    void filtersByNameAndExportsTheFilteredTable() throws Exception {
        long client = clientWithPlan("Unique Exportname");
        trendData.painLogged(planOf(client), now(), zone(), 2, 3);
        trendData.refreshTrend(client, today());
        DashboardQuery byName = new DashboardQuery();
        byName.setName("exportNAME");
        assertEquals(1, asStaff.call(() -> trends.count(byName)));
        String csv = DashboardCsv.of(asStaff.call(() -> trends.export(byName, Locale.ENGLISH)), Locale.ENGLISH);
        assertTrue(
                csv.startsWith(
                        "client,therapist,phase,days_in_phase,last_pain,change_7_days,real_change,sessions_14_days,expected_14_days,adherence_percent,flags\r\n"),
                csv);
        // started 20 days ago in active recovery (2 days): by the calendar it stands in the gated rebuild phase
        assertTrue(csv.contains("Unique Exportname,Dashboard therapist,3. Rebuild movement,"), csv);
        assertEquals(2, csv.strip().split("\r\n").length);
    }

    @Test
    void aClientWhoseNameIsAFormulaIsExportedAsText() throws Exception {
        long client = clientWithPlan("=HYPERLINK(\"http://evil.example\",\"Formulaname\")");
        trendData.painLogged(planOf(client), now(), zone(), 2, 3);
        trendData.refreshTrend(client, today());
        DashboardQuery byName = new DashboardQuery();
        byName.setName("Formulaname");
        String csv = DashboardCsv.of(asStaff.call(() -> trends.export(byName, Locale.ENGLISH)), Locale.ENGLISH);
        assertTrue(
                csv.contains(
                        "\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Formulaname\"\")\",Dashboard therapist,"),
                csv);
    }

    @Test
    void viewsOfHealthDataByOthersAreAuditedAndOnlyStaffReadTheLog() throws Exception {
        long client = data.newAccount("Audited Person", Role.CLIENT);
        long runAsTherapist = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        long plan = planData.plan(client, runAsTherapist, today(), 0);

        asTherapist.call(() -> plans.plan(plan));
        asStaff.call(() -> plans.activePlanOf(client));

        List<AuditRow> rows = asStaff.call(
                () -> auditLog.page(null, "audited person", today().minusDays(1), today().plusDays(1), 0, 50));
        assertTrue(
                rows.stream()
                        .anyMatch(row -> row.viewer().equals(RunAs.THERAPIST)
                                && row.what().equals("plan")),
                rows.toString());
        assertTrue(
                rows.stream()
                        .anyMatch(row ->
                                row.viewer().equals(RunAs.STAFF) && row.what().equals("plan (dashboard drill-down)")),
                rows.toString());
        assertEquals(
                0,
                asStaff.call(() -> auditLog.count(RunAs.THERAPIST, "audited person", today().plusDays(2), null)),
                "a later day finds none");

        assertThrows(
                EJBAccessException.class, () -> asTherapist.call(() -> auditLog.page(null, null, null, null, 0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> asClient.call(() -> trends.page(new DashboardQuery(), 0, 10, Locale.ENGLISH)));
        assertThrows(
                EJBAccessException.class,
                () -> asTherapist.call(() -> trends.export(new DashboardQuery(), Locale.ENGLISH)));
    }

    @Test
    void aDashboardPageAndAnExportLeaveARowPerClientShownAndReadingTheLogIsLoggedToo() throws Exception {
        long client = clientWithPlan("Uniquely Listed");
        trendData.painLogged(planOf(client), now(), zone(), 2, 3);
        trendData.refreshTrend(client, today());
        DashboardQuery byName = new DashboardQuery();
        byName.setName("uniquely listed");

        asStaff.call(() -> trends.page(byName, 0, 25, Locale.ENGLISH));
        asStaff.call(() -> trends.export(byName, Locale.ENGLISH));

        List<AuditRow> rows = asStaff.call(
                () -> auditLog.page(RunAs.STAFF, "uniquely listed", today().minusDays(1), today().plusDays(1), 0, 50));
        assertTrue(
                rows.stream()
                        .anyMatch(row -> row.client().equals("Uniquely Listed")
                                && row.what().equals("pain trends (dashboard)")),
                rows.toString());
        assertTrue(
                rows.stream()
                        .anyMatch(row -> row.client().equals("Uniquely Listed")
                                && row.what().equals("pain trends export (CSV)")),
                rows.toString());
        List<AuditRow> reading =
                asStaff.call(() -> auditLog.page(RunAs.STAFF, null, today().minusDays(1), today().plusDays(1), 0, 50));
        assertTrue(
                reading.stream().anyMatch(row -> row.what().equals("audit log, client contains \"uniquely listed\"")),
                reading.toString());
    }

    @Test
    void aRowNamesItsPhaseInTheReadersLanguage() throws Exception {
        long client = data.newAccount("Read In Spanish", Role.CLIENT);
        planData.plan(client, therapist, today(), 1); // today in phase 2, Active recovery
        trendData.refreshTrend(client, today());
        DashboardQuery byName = new DashboardQuery();
        byName.setName("read in spanish");

        TrendRow english = row(asStaff.call(() -> trends.page(byName, 0, 25, Locale.ENGLISH)), client);
        TrendRow spanish = row(asStaff.call(() -> trends.page(byName, 0, 25, Locale.forLanguageTag("es"))), client);
        TrendRow exported = row(asStaff.call(() -> trends.export(byName, Locale.forLanguageTag("es"))), client);

        assertEquals("Active recovery", english.getPhaseName());
        assertEquals(SPANISH_ACTIVE_RECOVERY, spanish.getPhaseName());
        assertEquals(SPANISH_ACTIVE_RECOVERY, exported.getPhaseName());
    }

    @Test
    void theAuditLogRefusesEveryUpdateAndDeleteInTheDatabase() throws Exception {
        asStaff.call(() -> auditLog.page(null, null, null, null, 0, 1)); // at least one row
        assertThrows(Exception.class, () -> data.execute("update audit_log set what = 'rewritten'"), "an update");
        assertThrows(Exception.class, () -> data.execute("delete from audit_log"), "a delete");
        assertTrue(asStaff.call(() -> auditLog.count(null, null, null, null)) > 0, "every row still there");
    }

    private static TrendRow row(List<TrendRow> rows, long client) {
        return rows.stream()
                .filter(row -> row.getClientId() == client)
                .findFirst()
                .orElseThrow();
    }
}
