package io.reload.trends.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.protocol.domain.EscalationWindows;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbers and flags of the staff dashboard, each at its boundary. */
class TrendCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    /** A log at 08:00 UTC of a day so many days before today. */
    private static PainLog daysAgo(int days, int before, int after) {
        LocalDate day = TODAY.minusDays(days);
        return new PainLog(day, day.atTime(8, 0).toInstant(ZoneOffset.UTC), before, after, false);
    }

    private static ClientHistory history(List<PainLog> logs, List<LocalDate> movedBack) {
        return new ClientHistory(
                TODAY.minusDays(30), TODAY.minusDays(4), new EscalationWindows(14, 72), logs, movedBack, false, false);
    }

    private static Trend trend(PainLog... logs) {
        return TrendCalculator.on(TODAY, history(List.of(logs), List.of()));
    }

    @Test
    void lastPainIsThePainAfterTheLatestSession() {
        Trend trend = trend(daysAgo(3, 4, 5), daysAgo(1, 3, 2));
        assertEquals(2, trend.lastPain());
        assertEquals(TODAY.minusDays(1), trend.lastLoggedOn());
        assertNull(trend(new PainLog[0]).lastPain());
    }

    @Test
    void theSevenDayChangeComparesWithTheLatestSessionAWeekAgo() {
        assertEquals(
                -3,
                trend(daysAgo(9, 5, 6), daysAgo(7, 5, 5), daysAgo(0, 2, 2)).change7Days(),
                "against day -7 (5), not day -9");
        assertEquals(
                2,
                trend(daysAgo(6, 2, 2), daysAgo(0, 3, 4)).change7Days(),
                "without one a week ago: the first of the week");
        assertNull(trend(daysAgo(2, 2, 2)).change7Days(), "one session is no change");
    }

    @Test
    void daysInPhaseCountTheFirstDayAsDayOne() {
        assertEquals(5, trend().daysInPhase());
    }

    @Test
    void adherenceCountsDaysWithASessionOverFourteenDays() {
        Trend trend = trend(daysAgo(20, 1, 1), daysAgo(13, 1, 1), daysAgo(13, 1, 1), daysAgo(2, 1, 1));
        assertEquals(2, trend.sessions14Days(), "day -20 is outside; two sessions on one day count once");
        assertEquals(14, trend.expected14Days());
        assertEquals(14, trend.adherencePercent());

        ClientHistory newPlan = new ClientHistory(
                TODAY.minusDays(3),
                TODAY.minusDays(3),
                new EscalationWindows(14, 72),
                List.of(daysAgo(1, 1, 1)),
                List.of(),
                false,
                false);
        assertEquals(4, TrendCalculator.on(TODAY, newPlan).expected14Days(), "a plan of 4 days expects 4");
        assertEquals(25, TrendCalculator.on(TODAY, newPlan).adherencePercent());
    }

    @Test
    void movedBackCountsTheLastSevenDaysWithToday() {
        assertEquals(
                Set.of(TrendFlag.MOVED_BACK),
                TrendCalculator.on(TODAY, history(List.of(), List.of(TODAY.minusDays(6))))
                        .flags());
        assertEquals(
                Set.of(),
                TrendCalculator.on(TODAY, history(List.of(), List.of(TODAY.minusDays(7))))
                        .flags());
    }

    @Test
    void noImprovementAfterFourteenDaysButNotThirteen() {
        assertEquals(
                Set.of(TrendFlag.NO_IMPROVEMENT),
                trend(daysAgo(14, 3, 4), daysAgo(0, 3, 4)).flags());
        assertEquals(Set.of(), trend(daysAgo(13, 3, 4), daysAgo(0, 3, 4)).flags());
    }

    @Test
    void worseAfterSeventyTwoHoursButNotSeventyOne() {
        PainLog earlier = new PainLog(
                TODAY.minusDays(3), TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).minusSeconds(72 * 3600), 2, 2, false);
        PainLog justUnder = new PainLog(
                TODAY.minusDays(3), TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).minusSeconds(71 * 3600), 2, 2, false);
        PainLog now = new PainLog(TODAY, TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), 3, 3, false);
        assertEquals(
                Set.of(TrendFlag.WORSE_AFTER_72_HOURS),
                TrendCalculator.on(TODAY, history(List.of(earlier, now), List.of()))
                        .flags());
        assertEquals(
                Set.of(),
                TrendCalculator.on(TODAY, history(List.of(justUnder, now), List.of()))
                        .flags());
    }

    @Test
    void redFlagsEmergenciesAndMissedScreensAreFlagged() {
        PainLog redFlag = new PainLog(TODAY, TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), 2, 2, true);
        ClientHistory all = new ClientHistory(
                TODAY.minusDays(3), TODAY, new EscalationWindows(14, 72), List.of(redFlag), List.of(), true, true);
        assertEquals(
                Set.of(TrendFlag.RED_FLAG, TrendFlag.EMERGENCY_SELF_CHECK, TrendFlag.MISSED_SCREEN),
                TrendCalculator.on(TODAY, all).flags());
    }

    @Test
    void theSparklineHasTheLastPainOfEachOfFourteenDays() {
        Trend trend = trend(daysAgo(15, 9, 9), daysAgo(13, 5, 6), daysAgo(0, 3, 4), daysAgo(0, 2, 3));
        List<Integer> expected = new ArrayList<>(Collections.nCopies(14, null));
        expected.set(0, 6);
        expected.set(13, 3);
        assertEquals(expected, trend.sparkline());
        assertTrue(trend.sparkline().stream().filter(value -> value != null).count() == 2);
        assertEquals(
                Arrays.asList(6, 3),
                trend.sparkline().stream().filter(value -> value != null).toList());
    }
}
