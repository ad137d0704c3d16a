package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of clinical-rules section 4, and per boundary. */
class PhaseEngineTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final ProgressionRules RULES = new ProgressionRules(2, new BigDecimal("5.00"), 14, 72);
    private static final LoadScale KG_LOADS = new LoadScale(WeightUnit.KG, new BigDecimal("2.50"));

    /** The default protocol's shape: calm down (3 days), active (2), rebuild (gate), re-pattern (21), reload (56, strain weeks 1-2), stay healthy. */
    private static final List<PhasePlan> PHASES = List.of(
            new PhasePlan(1, "Calm it down", 3, Set.of(), null),
            new PhasePlan(2, "Active recovery", 2, Set.of(), null),
            new PhasePlan(3, "Rebuild movement", 7, Set.of(31L, 32L, 33L, 34L), null),
            new PhasePlan(4, "Re-pattern the hinge", 21, Set.of(), null),
            new PhasePlan(5, "Reload", 56, Set.of(), 2),
            new PhasePlan(6, "Stay healthy", null, Set.of(), null));

    private final PhaseEngine engine = new PhaseEngine(PHASES, RULES, KG_LOADS);

    private static PlanProgress in(int phaseIndex) {
        return new PlanProgress(phaseIndex, START, Set.of(), Map.of("deadlift", new BigDecimal("100.0")), null);
    }

    private static SessionReport session(
            LocalDate day, int before, int after, List<LiftResult> lifts, Set<Long> gates) {
        return new SessionReport(day, new PainScore(before), new PainScore(after), lifts, gates);
    }

    private static SessionReport pain(int before, int after) {
        return session(START.plusDays(1), before, after, List.of(), Set.of());
    }

    private static List<Decision.Kind> kinds(PhaseEngine.Outcome outcome) {
        return outcome.decisions().stream().map(Decision::kind).toList();
    }

    @Test
    void aPainRiseOfTwoMovesBackOnePhase() {
        PhaseEngine.Outcome outcome = engine.afterSession(in(3), pain(3, 5));

        assertEquals(2, outcome.progress().phaseIndex());
        assertEquals(START.plusDays(1), outcome.progress().phaseStartedOn());
        assertEquals(List.of(Decision.Kind.MOVED_BACK), kinds(outcome));
        assertEquals(
                List.of(2, "Re-pattern the hinge", "Rebuild movement"),
                outcome.decisions().get(0).values());
    }

    @Test
    void aPainRiseOfOneChangesNothing() {
        PhaseEngine.Outcome outcome = engine.afterSession(in(3), pain(3, 4));

        assertEquals(3, outcome.progress().phaseIndex());
        assertEquals(List.of(Decision.Kind.STAYED), kinds(outcome));
        assertEquals(
                List.of("Re-pattern the hinge", 1, 2),
                outcome.decisions().get(0).values(),
                "the rise and the rule it stayed below");
    }

    @Test
    void theFirstPhaseStaysTheFirstPhase() {
        PhaseEngine.Outcome outcome = engine.afterSession(in(0), pain(2, 6));

        assertEquals(0, outcome.progress().phaseIndex());
        assertEquals(List.of(Decision.Kind.STAYED_IN_FIRST_PHASE), kinds(outcome));
    }

    @Test
    void aCleanSessionRaisesTheLoadByFivePercentOnTheNearestStep() {
        PhaseEngine.Outcome outcome = engine.afterSession(
                in(4), session(START.plusDays(1), 2, 2, List.of(new LiftResult("deadlift", true, true)), Set.of()));

        assertEquals(
                new BigDecimal("105.00"),
                outcome.progress().workingLoadsKg().get("deadlift").setScale(2));
        assertTrue(kinds(outcome).contains(Decision.Kind.LOAD_INCREASED));
    }

    @Test
    void aPainfulSetOrPoorFormKeepsTheLoad() {
        for (LiftResult notClean :
                List.of(new LiftResult("deadlift", false, true), new LiftResult("deadlift", true, false))) {
            PhaseEngine.Outcome outcome =
                    engine.afterSession(in(4), session(START.plusDays(1), 2, 2, List.of(notClean), Set.of()));

            assertEquals(
                    0,
                    new BigDecimal("100")
                            .compareTo(outcome.progress().workingLoadsKg().get("deadlift")));
            assertTrue(kinds(outcome).contains(Decision.Kind.LOAD_KEPT));
        }
    }

    @Test
    void aPainRiseOfTwoRaisesNoLoadEvenWhenEverySetWasClean() {
        PhaseEngine.Outcome outcome = engine.afterSession(
                in(3), session(START.plusDays(1), 1, 3, List.of(new LiftResult("deadlift", true, true)), Set.of()));

        assertEquals(
                0,
                new BigDecimal("100")
                        .compareTo(outcome.progress().workingLoadsKg().get("deadlift")));
        assertFalse(kinds(outcome).contains(Decision.Kind.LOAD_INCREASED));
    }

    @Test
    void aGatedPhaseIsLeftOnlyWhenEveryGateTestHasPassed() {
        PhaseEngine.Outcome threeOfFour =
                engine.afterSession(in(2), session(START.plusDays(10), 1, 1, List.of(), Set.of(31L, 32L, 33L)));
        assertEquals(2, threeOfFour.progress().phaseIndex(), "still in the gated phase, also past its nominal 7 days");
        assertTrue(kinds(threeOfFour).contains(Decision.Kind.GATE_NOT_YET));

        PhaseEngine.Outcome lastOne =
                engine.afterSession(threeOfFour.progress(), session(START.plusDays(11), 1, 1, List.of(), Set.of(34L)));
        assertEquals(3, lastOne.progress().phaseIndex());
        assertEquals(List.of(Decision.Kind.GATE_PASSED), kinds(lastOne));
        assertTrue(lastOne.progress().passedGateTests().isEmpty(), "a new phase starts with no gate tests passed");
    }

    @Test
    void aPhaseWithoutGateMovesOnOnlyAfterItsNominalLength() {
        // phase 1 lasts 3 days: days 1-3 stay, day 4 moves on
        assertEquals(0, engine.onDay(in(0), START.plusDays(2)).progress().phaseIndex());
        PhaseEngine.Outcome dayFour = engine.onDay(in(0), START.plusDays(3));
        assertEquals(1, dayFour.progress().phaseIndex());
        assertEquals(List.of(Decision.Kind.PHASE_COMPLETED), kinds(dayFour));
    }

    @Test
    void aDayWithoutASessionDecidesNothingInAGatedPhase() {
        PhaseEngine.Outcome longPast = engine.onDay(in(2), START.plusDays(30));
        assertEquals(2, longPast.progress().phaseIndex(), "only passed gate tests leave the phase");
        assertTrue(longPast.decisions().isEmpty(), "and nothing is said about it every day");
    }

    @Test
    void aStrainInReloadWeeksOneAndTwoMeansBodyweightHingesForAnotherWeek() {
        PhaseEngine.Outcome weekTwo =
                engine.afterSession(in(4), session(START.plusDays(13), 2, 4, List.of(), Set.of()));

        assertEquals(4, weekTwo.progress().phaseIndex(), "no step back");
        assertEquals(START.plusDays(20), weekTwo.progress().fallbackUntil());
        assertEquals(START.plusDays(7), weekTwo.progress().phaseStartedOn(), "the reload calendar waits a week");
        assertEquals(List.of(Decision.Kind.BODYWEIGHT_HINGES_ANOTHER_WEEK), kinds(weekTwo));
    }

    @Test
    void aStrainInReloadWeekThreeMovesBackAsUsual() {
        PhaseEngine.Outcome weekThree =
                engine.afterSession(in(4), session(START.plusDays(14), 2, 4, List.of(), Set.of()));

        assertEquals(3, weekThree.progress().phaseIndex());
        assertEquals(List.of(Decision.Kind.MOVED_BACK), kinds(weekThree));
    }

    @Test
    void theLastPhaseHasNoEnd() {
        assertEquals(5, engine.onDay(in(5), START.plusDays(400)).progress().phaseIndex());
    }
}
