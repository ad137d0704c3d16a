package io.reload.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.clinic.service.ClinicService;
import io.reload.protocol.PlanTestData;
import io.reload.shared.domain.PageOfRows;
import io.reload.testsupport.AllPages;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.CountedStatements;
import io.reload.testsupport.CountedStatements.Counted;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import io.reload.trends.domain.TrendFlag;
import io.reload.trends.service.AttentionService;
import io.reload.trends.service.ClientNeedingAttention;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * My day's "Needs your attention" against the real database: 2 against 3 clinic days without a
 * session, a flagged client with its reason, never another therapist's client, never for a client;
 * a page at a time, at the same cost however long the list.
 */
@ServiceTest
class AttentionServicesIT {

    @Inject
    AttentionService attention;

    @Inject
    ClinicService clinic;

    @Inject
    TestData data;

    @Inject
    PlanTestData planData;

    @Inject
    TrendTestData trendData;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsClient asClient;

    /** The therapist AsTherapist runs as: "me". */
    private long me;

    @BeforeEach
    void accounts() {
        me = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
    }

    private ZoneId zone() {
        return clinic.profile().getTimeZone();
    }

    private LocalDate today() {
        return LocalDate.now(zone());
    }

    /** Noon of the clinic day so many days before today. */
    private Instant daysAgo(int days) {
        return today().minusDays(days).atTime(LocalTime.NOON).atZone(zone()).toInstant();
    }

    /** A new client of the therapist with a plan started 20 days ago and a session so many days ago. */
    private long clientOf(long therapist, String name, int lastSessionDaysAgo) {
        long client = data.newAccount(name, Role.CLIENT);
        planData.plan(client, therapist, today().minusDays(20), 1);
        trendData.painLogged(planData.activePlanOf(client), daysAgo(lastSessionDaysAgo), zone(), 3, 3);
        trendData.refreshTrend(client, today());
        return client;
    }

    private Optional<ClientNeedingAttention> listed(long client) throws Exception {
        List<ClientNeedingAttention> mine =
                AllPages.rowsOf(page -> asTherapist.call(() -> attention.myClientsNeedingAttention(page)));
        return mine.stream().filter(row -> row.getClientId() == client).findFirst();
    }

    @Test
    void aPageOfTheListCostsTheSameStatementsHoweverManyClientsNeedAttention() throws Exception {
        clientOf(me, "Quiet Before The Rest", 5);
        asTherapist.call(() -> attention.myClientsNeedingAttention(0)); // the first call also finds my account
        Counted<PageOfRows<ClientNeedingAttention>> few =
                CountedStatements.of(() -> asTherapist.call(() -> attention.myClientsNeedingAttention(0)));

        for (int i = 0; i < AttentionService.PAGE + 5; i++) {
            clientOf(me, "Quiet " + i, 5);
        }
        Counted<PageOfRows<ClientNeedingAttention>> many =
                CountedStatements.of(() -> asTherapist.call(() -> attention.myClientsNeedingAttention(0)));

        assertEquals(few.statements(), many.statements());
        assertEquals(AttentionService.PAGE, many.result().getRows().size());
        assertTrue(many.result().getTotal() > AttentionService.PAGE);
        PageOfRows<ClientNeedingAttention> last = asTherapist.call(() -> attention.myClientsNeedingAttention(99));
        assertEquals(many.result().getPageCount() - 1, last.getPage());
        assertEquals(
                many.result().getTotal() - (long) AttentionService.PAGE * last.getPage(),
                last.getRows().size());
    }

    @Test
    void threeDaysWithoutASessionIsListedTwoIsNot() throws Exception {
        long two = clientOf(me, "Two Days", 2);
        long three = clientOf(me, "Three Days", 3);

        assertFalse(listed(two).isPresent());
        ClientNeedingAttention listed = listed(three).orElseThrow();
        assertTrue(listed.isWithoutSessionTooLong());
        assertEquals(3, listed.getDaysWithoutSession());
        assertFalse(listed.isNoSessionYet());
        assertEquals(List.of(), listed.getFlags());
        assertEquals(planData.activePlanOf(three), listed.getPlanId());
    }

    @Test
    void withoutAnySessionTheDaysCountFromThePlansStart() throws Exception {
        long startedThreeDaysAgo = data.newAccount("Started Three Days Ago", Role.CLIENT);
        planData.plan(startedThreeDaysAgo, me, today().minusDays(3), 0);
        trendData.refreshTrend(startedThreeDaysAgo, today());
        long startedTwoDaysAgo = data.newAccount("Started Two Days Ago", Role.CLIENT);
        planData.plan(startedTwoDaysAgo, me, today().minusDays(2), 0);
        trendData.refreshTrend(startedTwoDaysAgo, today());

        ClientNeedingAttention listed = listed(startedThreeDaysAgo).orElseThrow();
        assertTrue(listed.isNoSessionYet());
        assertEquals(3, listed.getDaysWithoutSession());
        assertFalse(listed(startedTwoDaysAgo).isPresent());
    }

    @Test
    void aFlaggedClientIsListedWithItsReason() throws Exception {
        long worse = data.newAccount("Worse Than Before", Role.CLIENT);
        planData.plan(worse, me, today().minusDays(20), 1);
        long plan = planData.activePlanOf(worse);
        Instant now = Instant.now();
        trendData.painLogged(plan, now.minusSeconds(72 * 3600 + 60), zone(), 3, 3);
        trendData.painLogged(plan, now, zone(), 3, 5);
        trendData.refreshTrend(worse, today());

        ClientNeedingAttention listed = listed(worse).orElseThrow();
        assertTrue(
                listed.getFlags().contains(TrendFlag.WORSE_AFTER_72_HOURS),
                listed.getFlags().toString());
        assertFalse(listed.isWithoutSessionTooLong(), "a session today");
        assertEquals("Worse Than Before", listed.getClientName());
    }

    @Test
    void anotherTherapistsClientIsNeverListed() throws Exception {
        long other = data.newAccount("Other therapist", Role.THERAPIST);
        long theirs = clientOf(other, "Not Yours", 10);

        assertFalse(listed(theirs).isPresent());
    }

    @Test
    void aClientIsRefused() {
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> attention.myClientsNeedingAttention(0)));
    }
}
