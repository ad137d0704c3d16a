package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which prescriptions of a phase apply on a given day of it, and the strain fallback. */
class TodaysPrescriptionsTest {

    /** Like the default's rebuild phase: days 1-2 mobility, days 3-5 core; and a reload week with a fallback. */
    private static ProtocolPhase phase() {
        ProtocolTemplate template = Templates.empty();
        ProtocolPhase phase = template.addPhase("Rebuild", 7);
        Templates.days(phase.addPrescription(PrescriptionKind.EXERCISE, "Cat-cow"), 1, 2);
        Templates.days(phase.addPrescription(PrescriptionKind.EXERCISE, "Bird-dog"), 3, 5);
        phase.addPrescription(PrescriptionKind.INSTRUCTION, "Walk every day");
        Templates.weeks(
                Templates.lift(phase.addPrescription(PrescriptionKind.LIFT, "Kettlebell deadlift"), "kb", 20, 30),
                1,
                2);
        Prescription hinges = phase.addPrescription(PrescriptionKind.EXERCISE, "Bodyweight hinges");
        Templates.fallback(hinges);
        return phase;
    }

    private static List<String> names(List<Prescription> prescriptions) {
        return prescriptions.stream().map(Prescription::getName).toList();
    }

    @Test
    void dayWindowsDecideWhatApplies() {
        assertEquals(
                List.of("Cat-cow", "Walk every day", "Kettlebell deadlift"),
                names(TodaysPrescriptions.of(phase(), 2, false)));
        assertEquals(
                List.of("Bird-dog", "Walk every day", "Kettlebell deadlift"),
                names(TodaysPrescriptions.of(phase(), 3, false)));
        assertEquals(
                List.of("Walk every day", "Kettlebell deadlift"), names(TodaysPrescriptions.of(phase(), 6, false)));
    }

    @Test
    void weekWindowsCountSevenDaysAWeek() {
        assertEquals(
                List.of("Walk every day", "Kettlebell deadlift"),
                names(TodaysPrescriptions.of(phase(), 14, false)),
                "day 14 is week 2");
        assertEquals(List.of("Walk every day"), names(TodaysPrescriptions.of(phase(), 15, false)), "day 15 is week 3");
    }

    @Test
    void afterAStrainBodyweightHingesReplaceTheLoadedLifts() {
        assertEquals(
                List.of("Cat-cow", "Walk every day", "Bodyweight hinges"),
                names(TodaysPrescriptions.of(phase(), 2, true)));
    }
}
