package io.reload.triage;

import static io.reload.triage.domain.Symptom.DULL_STIFFNESS;
import static io.reload.triage.domain.Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL;
import static io.reload.triage.domain.Symptom.NUMBNESS;
import static io.reload.triage.domain.Symptom.ONE_SIDED_PAIN;
import static io.reload.triage.domain.Symptom.SHARP_PAIN;
import static io.reload.triage.domain.TriageClass.EMERGENCY;
import static io.reload.triage.domain.TriageClass.NORMAL_SORENESS;
import static io.reload.triage.domain.TriageClass.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.shared.domain.BusinessException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import io.reload.triage.domain.SelfCheck;
import io.reload.triage.service.EmergencyAlert;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The self-check against the real database, in a real Payara Micro: storing, finding, who may see what. */
@ServiceTest
class SelfCheckServiceIT {

    @Inject
    SelfCheckService selfChecks;

    @Inject
    TestData testData;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    /** The As<Role> helpers' roles come from their accounts (see payara-web-run-as.xml): make sure all three exist. */
    @BeforeEach
    void runAsAccounts() {
        testData.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        testData.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        testData.runAsAccount(RunAs.STAFF, Role.STAFF);
    }

    @Test
    void submitStoresTheAnswersAndTheOutcomeAndTheTokenFindsThem() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        SelfCheckResult submitted = selfChecks.submit(EnumSet.of(SHARP_PAIN, DULL_STIFFNESS, ONE_SIDED_PAIN));

        assertTrue(SelfCheck.looksLikeToken(submitted.getToken()), submitted.getToken());
        SelfCheckResult found = selfChecks.findByToken(submitted.getToken()).orElseThrow();
        assertEquals(submitted.getId(), found.getId());
        assertEquals(WARNING, found.getOutcome());
        assertEquals(
                List.of(DULL_STIFFNESS, ONE_SIDED_PAIN, SHARP_PAIN),
                found.getAnswers(),
                "every answer, in the order of the questions");
        assertEquals(List.of(ONE_SIDED_PAIN, SHARP_PAIN), found.getRaisedBy());
        assertTrue(found.isMarkedForAttention() && found.isBookingOffered() && !found.isUrgent());
        assertTrue(
                !found.getCreatedAt().isBefore(before)
                        && found.getCreatedAt().isBefore(Instant.now().plusSeconds(1)),
                found.getCreatedAt().toString());

        // the therapist's view of the screen reads the same answers by id
        SelfCheckResult byId = asTherapist.call(() -> selfChecks.byId(submitted.getId()));
        assertEquals(found.getAnswers(), byId.getAnswers());
        assertEquals(submitted.getToken(), byId.getToken());
    }

    @Test
    void nothingTickedIsStoredAsNormalSorenessWithBookingOffered() {
        SelfCheckResult found =
                selfChecks.findByToken(selfChecks.submit(Set.of()).getToken()).orElseThrow();

        assertEquals(NORMAL_SORENESS, found.getOutcome());
        assertEquals(List.of(), found.getAnswers());
        assertTrue(found.isBookingOffered());
    }

    @Test
    void anUnknownOrMalformedTokenFindsNothing() {
        assertTrue(selfChecks.findByToken(UUID.randomUUID().toString()).isEmpty());
        assertTrue(selfChecks.findByToken("' or '1'='1").isEmpty());
        assertTrue(selfChecks.findByToken(null).isEmpty());
    }

    @Test
    void staffSeeEmergenciesOfTheLast7DaysNewestFirstWithTheClientsName() throws Exception {
        long clientId = testData.newAccount("Erin Emergency", Role.CLIENT);
        SelfCheckResult signedIn = selfChecks.submit(Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL));
        asStaff.call(() -> attach(signedIn.getToken(), clientId));
        SelfCheckResult anonymous = selfChecks.submit(Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL, NUMBNESS));
        SelfCheckResult tooOld = selfChecks.submit(Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL));
        SelfCheckResult notAnEmergency = selfChecks.submit(Set.of(NUMBNESS));
        // ages opposite to the order of the ids, so only sorting by time passes
        backdate(signedIn, Duration.ofDays(1));
        backdate(anonymous, Duration.ofDays(6));
        backdate(tooOld, Duration.ofDays(8));

        List<EmergencyAlert> alerts = asStaff.call(() -> selfChecks.recentEmergencies());

        List<Long> ours = List.of(signedIn.getId(), anonymous.getId(), tooOld.getId(), notAnEmergency.getId());
        List<EmergencyAlert> shown = alerts.stream()
                .filter(alert -> ours.contains(alert.getSelfCheckId()))
                .toList();
        assertEquals(
                List.of(signedIn.getId(), anonymous.getId()),
                shown.stream().map(EmergencyAlert::getSelfCheckId).toList());
        assertEquals("Erin Emergency", shown.get(0).getClientName());
        assertFalse(shown.get(1).isClientKnown());
        assertEquals(EMERGENCY, anonymous.getOutcome());
        assertFalse(anonymous.isBookingOffered(), "no booking for an emergency");
    }

    @Test
    void onlyStaffMaySeeRecentEmergencies() {
        assertThrows(EJBAccessException.class, () -> selfChecks.recentEmergencies(), "anonymous");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> selfChecks.recentEmergencies()), "client");
        assertThrows(
                EJBAccessException.class, () -> asTherapist.call(() -> selfChecks.recentEmergencies()), "therapist");
    }

    @Test
    void aClientOrAnAnonymousCallerCannotReadACheckById() throws Exception {
        long id = selfChecks.submit(Set.of(NUMBNESS)).getId();

        assertThrows(EJBAccessException.class, () -> asClient.call(() -> selfChecks.byId(id)), "client");
        assertThrows(EJBAccessException.class, () -> selfChecks.byId(id), "anonymous");
        assertEquals(List.of(NUMBNESS), asStaff.call(() -> selfChecks.byId(id)).getAnswers());
    }

    @Test
    void onceAClientBooksWithACheckOnlyTheyAndStaffFindItByItsToken() throws Exception {
        long me = testData.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        String token = selfChecks.submit(Set.of(ONE_SIDED_PAIN)).getToken();

        asClient.call(() -> attach(token, me));
        asClient.call(() -> attach(token, me)); // booking again with the same check changes nothing

        assertTrue(asClient.call(() -> selfChecks.findByToken(token)).isPresent(), "its client");
        assertTrue(asStaff.call(() -> selfChecks.findByToken(token)).isPresent(), "staff");
        assertTrue(selfChecks.findByToken(token).isEmpty(), "anyone else holding the link");
    }

    @Test
    void aClientCannotAttachACheckToAnotherClient() {
        long someoneElse = testData.newAccount("Someone Else", Role.CLIENT);
        String token = selfChecks.submit(Set.of(ONE_SIDED_PAIN)).getToken();

        var refusal = assertThrows(BusinessException.class, () -> asClient.call(() -> attach(token, someoneElse)));

        assertEquals("selfcheck.attach.notYours", refusal.getMessageKey());
        assertTrue(selfChecks.findByToken(token).isPresent(), "still nobody's, so still readable by its link");
    }

    @Test
    void aCheckUsedByOneClientIsRefusedForAnother() throws Exception {
        long first = testData.newAccount("First Client", Role.CLIENT);
        long second = testData.newAccount("Second Client", Role.CLIENT);
        String token = selfChecks.submit(Set.of(ONE_SIDED_PAIN)).getToken();
        asStaff.call(() -> attach(token, first));

        var refusal = assertThrows(BusinessException.class, () -> asStaff.call(() -> attach(token, second)));

        assertEquals("selfcheck.attach.taken", refusal.getMessageKey());
    }

    @Test
    void attachingNeedsAKnownCheckAndAClientAccount() {
        long therapist = testData.newAccount("Not A Client", Role.THERAPIST);
        long client = testData.newAccount("A Client", Role.CLIENT);
        String token = selfChecks.submit(Set.of()).getToken();

        assertEquals(
                "selfcheck.attach.notAClient",
                assertThrows(BusinessException.class, () -> asStaff.call(() -> attach(token, therapist)))
                        .getMessageKey());
        assertEquals(
                "selfcheck.notFound",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff.call(
                                        () -> attach(UUID.randomUUID().toString(), client)))
                        .getMessageKey());
    }

    private Void attach(String token, long clientId) {
        selfChecks.attachToClient(token, clientId);
        return null;
    }

    /** Moves a check back in time, straight in the table: the service never changes created_at. */
    // Error Prone's BanJNDI guards against looking up a name that comes from outside (a remote
    // object deserialized); this is the portal's own data source, a fixed name, inside the test server.
    @SuppressWarnings("BanJNDI")
    private static void backdate(SelfCheckResult check, Duration age) throws NamingException, SQLException {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/reload");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE self_checks SET created_at = ? WHERE id = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(Instant.now().minus(age), ZoneOffset.UTC));
            update.setLong(2, check.getId());
            assertEquals(1, update.executeUpdate());
        }
    }
}
