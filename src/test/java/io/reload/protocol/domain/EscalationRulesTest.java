package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The escalation flags of clinical-rules 4, each at its boundary. */
class EscalationRulesTest {

    private static final ProgressionRules RULES = new ProgressionRules(2, new BigDecimal("5"), 14, 72);
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private static PainEntry pain(Duration after, int before, int pain) {
        return new PainEntry(T0.plus(after), before, pain);
    }

    private static Set<EscalationFlag> flags(PainEntry... entries) {
        return EscalationRules.flags(List.of(entries), RULES.escalation(), false, false);
    }

    @Test
    void noLogNoFlags() {
        assertTrue(EscalationRules.flags(List.of(), RULES.escalation(), false, false)
                .isEmpty());
    }

    @Test
    void painNotBetterAfterFourteenDaysIsFlaggedButNotAfterThirteen() {
        assertEquals(
                Set.of(),
                flags(pain(Duration.ZERO, 3, 4), pain(Duration.ofDays(13), 3, 4)),
                "13 days: too early to say");
        assertEquals(
                Set.of(EscalationFlag.NO_IMPROVEMENT),
                flags(pain(Duration.ZERO, 3, 4), pain(Duration.ofDays(14), 3, 4)));
    }

    @Test
    void painThatCameDownOrIsGoneIsNotPersistent() {
        assertEquals(Set.of(), flags(pain(Duration.ZERO, 3, 4), pain(Duration.ofDays(14), 2, 3)), "one point better");
        assertEquals(Set.of(), flags(pain(Duration.ZERO, 0, 0), pain(Duration.ofDays(20), 0, 0)), "no pain at all");
    }

    @Test
    void painHigherThanSeventyTwoHoursBeforeIsFlaggedButNotAfterSeventyOne() {
        assertEquals(
                Set.of(), flags(pain(Duration.ZERO, 2, 3), pain(Duration.ofHours(71), 3, 5)), "71 h: too early to say");
        assertEquals(
                Set.of(EscalationFlag.WORSE_AFTER_72_HOURS),
                flags(pain(Duration.ZERO, 2, 3), pain(Duration.ofHours(72), 3, 4)));
        assertEquals(
                Set.of(), flags(pain(Duration.ZERO, 2, 3), pain(Duration.ofHours(72), 3, 3)), "the same is not worse");
    }

    @Test
    void theLatestEntryOldEnoughIsTheBaseline() {
        // day 0: 6, day 2: 3, day 5 (72 h after day 2): 4 -> worse than day 2, though better than day 0
        assertEquals(
                Set.of(EscalationFlag.WORSE_AFTER_72_HOURS),
                flags(pain(Duration.ZERO, 5, 6), pain(Duration.ofDays(2), 3, 3), pain(Duration.ofDays(5), 3, 4)));
    }

    @Test
    void reportedSymptomsAreFlaggedAsReported() {
        assertEquals(
                Set.of(EscalationFlag.RED_FLAG_SYMPTOM),
                EscalationRules.flags(List.of(), RULES.escalation(), true, false));
        assertEquals(
                Set.of(EscalationFlag.DAILY_ACTIVITIES_HARD),
                EscalationRules.flags(List.of(), RULES.escalation(), false, true));
    }
}
