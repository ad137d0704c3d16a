package io.reload.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.reload.trends.domain.AlertKind;
import io.reload.trends.service.ClinicAlert;
import io.reload.trends.service.ClinicOverview;
import io.reload.trends.service.ClinicOverviewService;
import io.reload.triage.domain.Symptom;
import io.reload.triage.service.SelfCheckService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff's Clinic overview against the real database: an emergency self-check and a missed
 * screen are open alerts (a red flag logged with a session: SessionServicesIT);
 * staff acknowledge it and it moves to the acknowledged ones with who and when; a therapist or
 * a client may not acknowledge; a second acknowledgement, or of something that is no alert, is
 * refused with a message key.
 */
@ServiceTest
class ClinicOverviewServicesIT {

    @Inject
    ClinicOverviewService overview;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    TestData data;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    @BeforeEach
    void theRunAsAccounts() {
        data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
    }

    @Test
    void staffAcknowledgeAnEmergencyAndItMovesToTheAcknowledgedWithWhoAndWhen() throws Exception {
        long check = emergencySelfCheck();
        ClinicOverview before = asStaff.call(() -> overview.overview());
        ClinicAlert open = find(before.getOpenAlerts(), check).orElseThrow();
        assertEquals(false, open.isClientKnown());
        assertTrue(find(before.getAcknowledgedAlerts(), check).isEmpty());

        Instant pressed = Instant.now();
        asStaff.call(() -> {
            overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, check);
            return null;
        });

        ClinicOverview after = asStaff.call(() -> overview.overview());
        assertTrue(find(after.getOpenAlerts(), check).isEmpty(), "no longer open");
        ClinicAlert acknowledged = find(after.getAcknowledgedAlerts(), check).orElseThrow();
        assertEquals("Run-as STAFF", acknowledged.getAcknowledgedBy());
        assertTrue(
                Duration.between(pressed, acknowledged.getAcknowledgedAt())
                                .abs()
                                .toSeconds()
                        < 60,
                acknowledged.getAcknowledgedAt().toString());
    }

    @Test
    void aMissedScreenIsAnAlertNamingClientAndTherapistUntilAcknowledged() throws Exception {
        long client = data.newAccount("Absent Client", Role.CLIENT);
        long therapist = data.newAccount("Waiting Therapist", Role.THERAPIST);
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        long screen = data.screen(client, therapist, anHourAgo, anHourAgo.plus(Duration.ofMinutes(45)));
        assertTrue(
                findOf(asStaff.call(() -> overview.overview()).getOpenAlerts(), AlertKind.NO_SHOW, screen)
                        .isEmpty(),
                "booked is no alert");

        data.markNoShow(screen);
        ClinicAlert missed = findOf(asStaff.call(() -> overview.overview()).getOpenAlerts(), AlertKind.NO_SHOW, screen)
                .orElseThrow();
        assertEquals("Absent Client", missed.getClientName());
        assertEquals("Waiting Therapist", missed.getTherapistName());

        asStaff.call(() -> {
            overview.acknowledge(AlertKind.NO_SHOW, screen);
            return null;
        });
        ClinicOverview after = asStaff.call(() -> overview.overview());
        assertTrue(findOf(after.getOpenAlerts(), AlertKind.NO_SHOW, screen).isEmpty());
        assertEquals(
                "Run-as STAFF",
                findOf(after.getAcknowledgedAlerts(), AlertKind.NO_SHOW, screen)
                        .orElseThrow()
                        .getAcknowledgedBy());
    }

    @Test
    void aSecondAcknowledgementIsRefusedPlainlyNamingWhoDidIt() throws Exception {
        long check = emergencySelfCheck();
        asStaff.call(() -> {
            overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, check);
            return null;
        });

        BusinessException refusal = assertThrows(
                BusinessException.class,
                () -> asStaff.call(() -> {
                    overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, check);
                    return null;
                }));
        assertEquals("overview.alert.alreadyAcknowledged", refusal.getMessageKey());
        assertEquals("Run-as STAFF", refusal.getParameters()[0]);
        assertEquals(
                1,
                asStaff.call(() -> overview.overview()).getAcknowledgedAlerts().stream()
                        .filter(alert ->
                                alert.getKind() == AlertKind.EMERGENCY_SELF_CHECK && alert.getSourceId() == check)
                        .count());
    }

    @Test
    void somethingThatIsNoAlertIsRefused() throws Exception {
        long normal = selfChecks.submit(Set.of()).getId();
        BusinessException refusal = assertThrows(
                BusinessException.class,
                () -> asStaff.call(() -> {
                    overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, normal);
                    return null;
                }));
        assertEquals("overview.alert.notFound", refusal.getMessageKey());
        assertEquals(
                "overview.alert.notFound",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff.call(() -> {
                                    overview.acknowledge(AlertKind.NO_SHOW, Long.MAX_VALUE);
                                    return null;
                                }))
                        .getMessageKey());
    }

    @Test
    void onlyStaffAcknowledgeOrSeeTheOverview() throws Exception {
        long check = emergencySelfCheck();
        assertThrows(
                EJBAccessException.class,
                () -> asTherapist.call(() -> {
                    overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, check);
                    return null;
                }));
        assertThrows(
                EJBAccessException.class,
                () -> asClient.call(() -> {
                    overview.acknowledge(AlertKind.EMERGENCY_SELF_CHECK, check);
                    return null;
                }));
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> overview.overview()));
        assertTrue(
                find(asStaff.call(() -> overview.overview()).getOpenAlerts(), check)
                        .isPresent(),
                "still open");
    }

    private long emergencySelfCheck() {
        return selfChecks
                .submit(Set.of(Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL))
                .getId();
    }

    private static Optional<ClinicAlert> find(List<ClinicAlert> alerts, long selfCheckId) {
        return findOf(alerts, AlertKind.EMERGENCY_SELF_CHECK, selfCheckId);
    }

    private static Optional<ClinicAlert> findOf(List<ClinicAlert> alerts, AlertKind kind, long sourceId) {
        return alerts.stream()
                .filter(alert -> alert.getKind() == kind && alert.getSourceId() == sourceId)
                .findFirst();
    }
}
