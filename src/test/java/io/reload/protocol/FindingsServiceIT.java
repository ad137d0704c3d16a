package io.reload.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.service.FindingsForm;
import io.reload.protocol.service.FindingsService;
import io.reload.shared.audit.Amendment;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Findings of a screen against the real database: recording, updating, ownership, roles, refusals. */
@ServiceTest
class FindingsServiceIT {

    @Inject
    FindingsService findings;

    @Inject
    TestData data;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsClient asClient;

    private long me;

    @BeforeEach
    void theRunAsAccounts() {
        me = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
    }

    /** Screens start an hour apart from tomorrow on, so the run-as therapist's slots never clash. */
    private static final AtomicInteger NEXT_HOUR = new AtomicInteger();

    private long screenOf(long therapist) {
        Instant start = Instant.now()
                .truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofDays(1))
                .plus(Duration.ofHours(NEXT_HOUR.incrementAndGet()));
        return data.screen(
                data.newAccount("Screened", Role.CLIENT), therapist, start, start.plus(Duration.ofMinutes(45)));
    }

    private static FindingsForm planNeeded() {
        FindingsForm form = new FindingsForm();
        form.setErgonomics("Desk too low, laptop on the lap");
        form.setPosture("  Anterior pelvic tilt  ");
        form.setMuscleTone("");
        form.setMuscleWeaknesses("Weak glutes, left more than right");
        form.setMovementPatterns("Hip hinge breaks at the lumbar spine under load");
        form.setOutcome(ScreenOutcome.PLAN_NEEDED);
        return form;
    }

    @Test
    void aTherapistRecordsFindingsOfTheirOwnScreenAndReadsThemBack() throws Exception {
        long screen = screenOf(me);
        FindingsForm empty = asTherapist.call(() -> findings.findingsFor(screen));
        assertFalse(empty.isRecorded());
        assertNull(empty.getOutcome());

        asTherapist.call(() -> {
            findings.record(screen, planNeeded());
            return null;
        });

        FindingsForm read = asTherapist.call(() -> findings.findingsFor(screen));
        assertTrue(read.isRecorded());
        assertEquals("Desk too low, laptop on the lap", read.getErgonomics());
        assertEquals("Anterior pelvic tilt", read.getPosture(), "stripped");
        assertNull(read.getMuscleTone(), "a blank heading is stored as nothing noted");
        assertEquals("Weak glutes, left more than right", read.getMuscleWeaknesses());
        assertEquals("Hip hinge breaks at the lumbar spine under load", read.getMovementPatterns());
        assertEquals(ScreenOutcome.PLAN_NEEDED, read.getOutcome());
    }

    @Test
    void recordingAgainUpdatesTheSameFindingsAndAStaleVersionIsRefused() throws Exception {
        long screen = screenOf(me);
        asTherapist.call(() -> {
            findings.record(screen, planNeeded());
            return null;
        });

        FindingsForm edit = asTherapist.call(() -> findings.findingsFor(screen));
        long firstVersion = edit.getVersion();
        edit.setPosture("Neutral once cued");
        edit.setOutcome(ScreenOutcome.NO_PLAN_NEEDED);
        asTherapist.call(() -> {
            findings.record(screen, edit);
            return null;
        });

        FindingsForm read = asTherapist.call(() -> findings.findingsFor(screen));
        assertEquals("Neutral once cued", read.getPosture());
        assertEquals(ScreenOutcome.NO_PLAN_NEEDED, read.getOutcome());
        assertEquals(firstVersion + 1, read.getVersion());
        var earlier = asTherapist.call(() -> findings.earlierValues(screen));
        assertEquals(
                List.of("findings.outcome", "findings.posture"),
                earlier.stream().map(Amendment::getField).sorted().toList(),
                "only what changed, each with its earlier value");
        assertEquals(
                "PLAN_NEEDED",
                earlier.stream()
                        .filter(a -> a.getField().equals("findings.outcome"))
                        .findFirst()
                        .orElseThrow()
                        .getBefore());
        assertEquals(RunAs.THERAPIST, earlier.get(0).getAmendedBy());

        // the first editor's form, saved after the second one's: refused, nothing overwritten
        edit.setVersion(firstVersion);
        edit.setPosture("Overwritten?");
        var refusal = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, edit);
                    return null;
                }));
        assertEquals("findings.changedMeanwhile", refusal.getMessageKey());
        // a second "first" recording (another window opened before any was saved) is refused the same way
        FindingsForm fresh = planNeeded();
        refusal = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, fresh);
                    return null;
                }));
        assertEquals("findings.changedMeanwhile", refusal.getMessageKey());
        assertEquals(
                "Neutral once cued",
                asTherapist.call(() -> findings.findingsFor(screen)).getPosture());
    }

    @Test
    void anotherTherapistsScreenIsRefused() throws Exception {
        long someoneElse = data.newAccount("Other therapist", Role.THERAPIST);
        long notMine = screenOf(someoneElse);

        var refusal = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    findings.record(notMine, planNeeded());
                    return null;
                }));
        assertEquals("booking.screen.notFound", refusal.getMessageKey());
        refusal = assertThrows(BusinessException.class, () -> asTherapist.call(() -> findings.findingsFor(notMine)));
        assertEquals("booking.screen.notFound", refusal.getMessageKey());
    }

    @Test
    void clientsAndAnonymousCallersAreRefused() {
        long screen = screenOf(me);
        assertThrows(
                EJBAccessException.class,
                () -> asClient.call(() -> {
                    findings.record(screen, planNeeded());
                    return null;
                }),
                "client");
        assertThrows(
                EJBAccessException.class, () -> asClient.call(() -> findings.findingsFor(screen)), "client reading");
        assertThrows(EJBAccessException.class, () -> findings.findingsFor(screen), "anonymous");
    }

    @Test
    void aCancelledScreenGetsNoFindings() throws Exception {
        long screen = screenOf(me);
        data.cancelScreen(screen);

        var refusal = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, planNeeded());
                    return null;
                }));
        assertEquals("findings.screen.cancelled", refusal.getMessageKey());
    }

    @Test
    void aPlanNeedsAFindingAndEachHeadingHasAMaximumLength() throws Exception {
        long screen = screenOf(me);
        FindingsForm bare = new FindingsForm();
        bare.setPosture("   ");
        bare.setOutcome(ScreenOutcome.PLAN_NEEDED);
        var noFinding = assertThrows(
                InvalidInputException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, bare);
                    return null;
                }));
        assertEquals("findings.plan.needsFindings", noFinding.getMessageKey());
        assertEquals("outcome", noFinding.getField().orElseThrow());

        FindingsForm tooLong = planNeeded();
        tooLong.setMovementPatterns("x".repeat(2001));
        var refusal = assertThrows(
                InvalidInputException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, tooLong);
                    return null;
                }));
        assertEquals("findings.text.tooLong", refusal.getMessageKey());
        assertEquals("movementPatterns", refusal.getField().orElseThrow());

        FindingsForm noOutcome = planNeeded();
        noOutcome.setOutcome(null);
        refusal = assertThrows(
                InvalidInputException.class,
                () -> asTherapist.call(() -> {
                    findings.record(screen, noOutcome);
                    return null;
                }));
        assertEquals("findings.outcome.required", refusal.getMessageKey());

        // nothing noted and nothing to follow up is a valid screen
        FindingsForm nothingFound = new FindingsForm();
        nothingFound.setOutcome(ScreenOutcome.NO_PLAN_NEEDED);
        asTherapist.call(() -> {
            findings.record(screen, nothingFound);
            return null;
        });
        assertEquals(
                ScreenOutcome.NO_PLAN_NEEDED,
                asTherapist.call(() -> findings.findingsFor(screen)).getOutcome());
    }
}
