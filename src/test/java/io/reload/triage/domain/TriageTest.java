package io.reload.triage.domain;

import static io.reload.triage.domain.Symptom.BURNING_OR_TINGLING;
import static io.reload.triage.domain.Symptom.DULL_STIFFNESS;
import static io.reload.triage.domain.Symptom.HIP_HINGE_PAIN;
import static io.reload.triage.domain.Symptom.LASTING_OR_LIMITING;
import static io.reload.triage.domain.Symptom.LEG_WEAKNESS;
import static io.reload.triage.domain.Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL;
import static io.reload.triage.domain.Symptom.NUMBNESS;
import static io.reload.triage.domain.Symptom.ONE_SIDED_PAIN;
import static io.reload.triage.domain.Symptom.PAIN_BELOW_GLUTES;
import static io.reload.triage.domain.Symptom.SHARP_PAIN;
import static io.reload.triage.domain.Symptom.WORSE_AFTER_72_HOURS;
import static io.reload.triage.domain.Symptom.WORSE_WHEN_COUGHING_OR_SNEEZING;
import static io.reload.triage.domain.TriageClass.EMERGENCY;
import static io.reload.triage.domain.TriageClass.NORMAL_SORENESS;
import static io.reload.triage.domain.TriageClass.RED_FLAG;
import static io.reload.triage.domain.TriageClass.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clinical-rules 1: each answer's class, and the worst class wins. */
class TriageTest {

    /** The table of clinical-rules 1, written out again, so a changed class in Symptom fails here. */
    private static final Map<Symptom, TriageClass> TABLE = Map.ofEntries(
            Map.entry(DULL_STIFFNESS, NORMAL_SORENESS),
            Map.entry(ONE_SIDED_PAIN, WARNING),
            Map.entry(PAIN_BELOW_GLUTES, WARNING),
            Map.entry(BURNING_OR_TINGLING, WARNING),
            Map.entry(WORSE_WHEN_COUGHING_OR_SNEEZING, WARNING),
            Map.entry(WORSE_AFTER_72_HOURS, WARNING),
            Map.entry(LASTING_OR_LIMITING, WARNING),
            Map.entry(SHARP_PAIN, WARNING),
            Map.entry(HIP_HINGE_PAIN, WARNING),
            Map.entry(NUMBNESS, RED_FLAG),
            Map.entry(LEG_WEAKNESS, RED_FLAG),
            Map.entry(LOSS_OF_BLADDER_OR_BOWEL_CONTROL, EMERGENCY));

    static Stream<Arguments> eachAnswerAndItsClass() {
        return TABLE.entrySet().stream().map(row -> arguments(row.getKey(), row.getValue()));
    }

    @ParameterizedTest(name = "{0} alone is {1}")
    @MethodSource("eachAnswerAndItsClass")
    void eachAnswerAloneGivesItsClassAndRaisesIt(Symptom answer, TriageClass expected) {
        TriageOutcome outcome = Triage.classify(Set.of(answer));

        assertEquals(expected, outcome.triageClass());
        assertEquals(Set.of(answer), outcome.raisedBy());
    }

    @Test
    void theTableCoversEveryAnswerThePageCanOffer() {
        assertEquals(EnumSet.allOf(Symptom.class), TABLE.keySet());
    }

    @Test
    void classesAreOrderedBySeverity() {
        assertTrue(WARNING.isWorseThan(NORMAL_SORENESS));
        assertTrue(RED_FLAG.isWorseThan(WARNING));
        assertTrue(EMERGENCY.isWorseThan(RED_FLAG));
        assertEquals(false, NORMAL_SORENESS.isWorseThan(NORMAL_SORENESS));
    }

    @Test
    void nothingTickedIsNormalSorenessRaisedByNothing() {
        TriageOutcome outcome = Triage.classify(Set.of());

        assertEquals(NORMAL_SORENESS, outcome.triageClass());
        assertEquals(Set.of(), outcome.raisedBy());
    }

    static Stream<Arguments> combinations() {
        return Stream.of(
                arguments(Set.of(DULL_STIFFNESS, ONE_SIDED_PAIN), WARNING, Set.of(ONE_SIDED_PAIN)),
                arguments(
                        Set.of(DULL_STIFFNESS, ONE_SIDED_PAIN, SHARP_PAIN, WORSE_WHEN_COUGHING_OR_SNEEZING),
                        WARNING,
                        Set.of(ONE_SIDED_PAIN, SHARP_PAIN, WORSE_WHEN_COUGHING_OR_SNEEZING)),
                arguments(Set.of(ONE_SIDED_PAIN, HIP_HINGE_PAIN, NUMBNESS), RED_FLAG, Set.of(NUMBNESS)),
                arguments(Set.of(DULL_STIFFNESS, NUMBNESS, LEG_WEAKNESS), RED_FLAG, Set.of(NUMBNESS, LEG_WEAKNESS)),
                arguments(
                        Set.of(DULL_STIFFNESS, LOSS_OF_BLADDER_OR_BOWEL_CONTROL),
                        EMERGENCY,
                        Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL)),
                arguments(
                        Set.of(LEG_WEAKNESS, LOSS_OF_BLADDER_OR_BOWEL_CONTROL, BURNING_OR_TINGLING),
                        EMERGENCY,
                        Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL)),
                arguments(EnumSet.allOf(Symptom.class), EMERGENCY, Set.of(LOSS_OF_BLADDER_OR_BOWEL_CONTROL)));
    }

    @ParameterizedTest(name = "{0} -> {1} raised by {2}")
    @MethodSource("combinations")
    void theWorstClassWinsAndOnlyItsAnswersRaiseIt(Set<Symptom> answers, TriageClass expected, Set<Symptom> raisedBy) {
        TriageOutcome outcome = Triage.classify(answers);

        assertEquals(expected, outcome.triageClass());
        assertEquals(raisedBy, outcome.raisedBy());
    }
}
