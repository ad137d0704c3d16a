package io.reload.protocol.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a plan stands on a day by the calendar, without the plan being changed. */
class PlanTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private static Plan planOfThreeDaysThenAGate() {
        ProtocolTemplate template = Templates.empty();
        template.addPhase("Calm it down", 3);
        Templates.withId(template.addPhase("Rebuild", 7).addGateTest("60-second plank"), 31L);
        template.addPhase("Re-pattern", 21);
        return new Plan(null, null, template, null, START, 0, new BigDecimal("100"), new BigDecimal("80"), WeightUnit.KG);
    }

    @Test
    void aPhaseWithoutGateEndsAfterItsDaysAndTheGatedOneWaits() {
        Plan plan = planOfThreeDaysThenAGate();

        assertEquals(0, plan.progressOn(START.plusDays(2)).phaseIndex(), "day 3 of 3");
        PlanProgress dayFour = plan.progressOn(START.plusDays(3));
        assertEquals(1, dayFour.phaseIndex());
        assertEquals(START.plusDays(3), dayFour.phaseStartedOn());
        assertEquals(1, plan.progressOn(START.plusDays(40)).phaseIndex(), "a gate is passed only by tests in a session");
        assertEquals(0, plan.getPhaseIndex(), "the plan itself is not changed");
    }

    @Test
    void beforeTheStartNothingMoves() {
        assertEquals(0, planOfThreeDaysThenAGate().progressOn(START.minusDays(5)).phaseIndex());
    }
}
