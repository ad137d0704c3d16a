package io.reload.progress.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.triage.domain.Symptom;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "All sets pain-free" means every prescribed set and rep was done, and none hurt. */
class SessionExerciseTest {

    private static SessionExercise deadlift4x8() {
        SessionLog log =
                new SessionLog(null, 1, LocalDate.of(2026, 12, 1), Instant.EPOCH, new PainScores(2, 2), 5, "Reload");
        return log.addExercise("Kettlebell deadlift", "kb").prescribed(4, 8, new BigDecimal("40"));
    }

    @Test
    void everySetDonePainFreeCounts() {
        assertTrue(deadlift4x8().done(4, 8, new BigDecimal("40"), true, true).completedAllSetsPainFree());
        assertTrue(
                deadlift4x8().done(5, 8, new BigDecimal("40"), true, true).completedAllSetsPainFree(),
                "more than prescribed");
    }

    @Test
    void aMissingSetOrRepOrAPainfulSetDoesNot() {
        assertFalse(deadlift4x8().done(3, 8, new BigDecimal("40"), true, true).completedAllSetsPainFree());
        assertFalse(deadlift4x8().done(4, 7, new BigDecimal("40"), true, true).completedAllSetsPainFree());
        assertFalse(deadlift4x8().done(4, 8, new BigDecimal("40"), false, true).completedAllSetsPainFree());
        assertFalse(
                deadlift4x8().done(null, 8, new BigDecimal("40"), true, true).completedAllSetsPainFree());
    }

    @Test
    void redFlagsAndLimitsOnDailyLifeAreKeptWithTheLog() {
        SessionLog log =
                new SessionLog(null, 1, LocalDate.of(2026, 12, 1), Instant.EPOCH, new PainScores(2, 2), 5, "Reload");
        log.reported(Set.of(Symptom.ONE_SIDED_PAIN));
        assertFalse(log.isRedFlag());
        log.reported(Set.of(Symptom.ONE_SIDED_PAIN, Symptom.NUMBNESS));
        assertTrue(log.isRedFlag());
        assertTrue(log.getSymptoms().contains(Symptom.NUMBNESS), "names survive the round trip");
        log.reported(Set.of(Symptom.LASTING_OR_LIMITING));
        assertTrue(log.isDailyActivitiesHard());
        assertFalse(log.isRedFlag());
    }
}
