package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a plan stands on a day by the calendar, without the plan being changed. */
class PlanTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private static Plan planOfThreeDaysThenAGate() {
        ProtocolTemplate template = Templates.empty();
        template.addPhase("Calm it down", 3);
        Templates.withId(template.addPhase("Rebuild", 7).addGateTest("60-second plank"), 31L);
        template.addPhase("Re-pattern", 21);
        return new Plan(
                null, null, template, null, START, 0, new BigDecimal("100"), new BigDecimal("80"), WeightUnit.KG);
    }

    @Test
    void aPhaseWithoutGateEndsAfterItsDaysAndTheGatedOneWaits() {
        Plan plan = planOfThreeDaysThenAGate();

        assertEquals(0, plan.progressOn(START.plusDays(2)).phaseIndex(), "day 3 of 3");
        PlanProgress dayFour = plan.progressOn(START.plusDays(3));
        assertEquals(1, dayFour.phaseIndex());
        assertEquals(START.plusDays(3), dayFour.phaseStartedOn());
        assertEquals(
                1, plan.progressOn(START.plusDays(40)).phaseIndex(), "a gate is passed only by tests in a session");
        assertEquals(0, plan.getPhaseIndex(), "the plan itself is not changed");
    }

    @Test
    void beforeTheStartNothingMoves() {
        assertEquals(
                0, planOfThreeDaysThenAGate().progressOn(START.minusDays(5)).phaseIndex());
    }

    @Test
    void catchingUpMovesThePlanOnTheDayThePhaseWasDueAndRemembersHowFarItRan() {
        Plan plan = planOfThreeDaysThenAGate();

        List<PlanEvent> events = plan.catchUpTo(START.plusDays(10));

        assertEquals(1, plan.getPhaseIndex());
        assertEquals(START.plusDays(3), plan.getPhaseStartedOn());
        assertEquals(START.plusDays(10), plan.getEvaluatedThrough());
        assertEquals(1, events.size(), "one move, on its day");
        assertEquals(START.plusDays(3), events.get(0).getEffectiveOn());
        assertTrue(plan.catchUpTo(START.plusDays(10)).isEmpty(), "the same days never run twice");
    }

    @Test
    void catchingUpDayByDayEndsWhereCatchingUpAtOnceDoes() {
        Plan dayByDay = planOfThreeDaysThenAGate();
        for (LocalDate day = START; !day.isAfter(START.plusDays(5)); day = day.plusDays(1)) {
            dayByDay.catchUpTo(day);
        }
        Plan atOnce = planOfThreeDaysThenAGate();
        atOnce.catchUpTo(START.plusDays(5));

        assertEquals(atOnce.progress(), dayByDay.progress());
        assertEquals(
                atOnce.progress(),
                planOfThreeDaysThenAGate().progressOn(START.plusDays(5)),
                "reading a day agrees with catching up to it");
    }

    @Test
    void beforeTheStartOrOnAnEndedPlanNothingRuns() {
        Plan early = planOfThreeDaysThenAGate();
        assertTrue(early.catchUpTo(START.minusDays(1)).isEmpty());
        assertEquals(0, early.getPhaseIndex());

        Plan ended = planOfThreeDaysThenAGate();
        ended.end(Instant.parse("2026-11-03T10:00:00Z"));
        assertTrue(ended.catchUpTo(START.plusDays(10)).isEmpty());
        assertEquals(START.minusDays(1), ended.getEvaluatedThrough());
    }
}
