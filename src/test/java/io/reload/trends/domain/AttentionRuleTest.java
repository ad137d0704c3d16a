package io.reload.trends.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.trends.domain.AttentionRule.Attention;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** My day's "Needs your attention": each reason at its boundary. */
class AttentionRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    private static final LocalDate LONG_AGO = TODAY.minusDays(30);

    private static Attention lastSession(int daysAgo) {
        return AttentionRule.on(TODAY, Set.of(), TODAY.minusDays(daysAgo), LONG_AGO);
    }

    @Test
    void twoDaysWithoutASessionIsNotYetAReasonThreeIs() {
        assertFalse(lastSession(2).needed());
        assertEquals(2, lastSession(2).daysWithoutSession());
        assertTrue(lastSession(3).needed());
        assertTrue(lastSession(3).withoutSessionTooLong());
        assertEquals(3, lastSession(3).daysWithoutSession());
    }

    @Test
    void aSessionTodayIsZeroDays() {
        assertEquals(0, lastSession(0).daysWithoutSession());
        assertFalse(lastSession(0).needed());
    }

    @Test
    void withoutAnySessionTheDaysCountFromThePlansStart() {
        Attention startedTwoDaysAgo = AttentionRule.on(TODAY, Set.of(), null, TODAY.minusDays(2));
        Attention startedThreeDaysAgo = AttentionRule.on(TODAY, Set.of(), null, TODAY.minusDays(3));
        assertFalse(startedTwoDaysAgo.needed());
        assertTrue(startedThreeDaysAgo.needed());
        assertTrue(startedThreeDaysAgo.noSessionYet());
        assertEquals(3, startedThreeDaysAgo.daysWithoutSession());
    }

    @Test
    void aPlanStartingLaterIsNeverWithoutASession() {
        Attention future = AttentionRule.on(TODAY, Set.of(), null, TODAY.plusDays(5));
        assertEquals(0, future.daysWithoutSession());
        assertFalse(future.needed());
    }

    @Test
    void eachOfTheFourPlanFlagsIsAReasonInTheOrderOfTheFlags() {
        Attention flagged =
                AttentionRule.on(TODAY, EnumSet.of(TrendFlag.RED_FLAG, TrendFlag.MOVED_BACK), TODAY, LONG_AGO);
        assertTrue(flagged.needed());
        assertFalse(flagged.withoutSessionTooLong());
        assertEquals(List.of(TrendFlag.MOVED_BACK, TrendFlag.RED_FLAG), flagged.flags());
        for (TrendFlag flag : List.of(
                TrendFlag.MOVED_BACK, TrendFlag.WORSE_AFTER_72_HOURS, TrendFlag.NO_IMPROVEMENT, TrendFlag.RED_FLAG)) {
            assertTrue(AttentionRule.on(TODAY, Set.of(flag), TODAY, LONG_AGO).needed(), flag.name());
        }
    }

    @Test
    void anEmergencySelfCheckOrAMissedScreenAloneIsNotAReasonHere() {
        Attention staffFlags = AttentionRule.on(
                TODAY, EnumSet.of(TrendFlag.EMERGENCY_SELF_CHECK, TrendFlag.MISSED_SCREEN), TODAY, LONG_AGO);
        assertFalse(staffFlags.needed());
        assertEquals(List.of(), staffFlags.flags());
    }
}
