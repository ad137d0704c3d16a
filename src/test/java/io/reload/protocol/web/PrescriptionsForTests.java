package io.reload.protocol.web;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ProgressionRules;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.ProtocolTemplate;
import java.math.BigDecimal;

/** Prescriptions for unit tests of the service's texts, built through a throwaway template. */
final class PrescriptionsForTests {

    private PrescriptionsForTests() {}

    static Prescription exercise(String name, Dosage dosage) {
        return of(PrescriptionKind.EXERCISE, name, null, dosage);
    }

    static Prescription water(String minPerKg, String maxPerKg) {
        return perKg(PrescriptionKind.WATER, minPerKg, maxPerKg);
    }

    static Prescription protein(String minPerKg, String maxPerKg) {
        return perKg(PrescriptionKind.PROTEIN, minPerKg, maxPerKg);
    }

    static Prescription lift(String minPercent, String maxPercent) {
        Dosage dosage = new Dosage();
        dosage.setMinPercent1rm(new BigDecimal(minPercent));
        dosage.setMaxPercent1rm(new BigDecimal(maxPercent));
        return of(PrescriptionKind.LIFT, "Deadlift", "deadlift", dosage);
    }

    private static Prescription perKg(PrescriptionKind kind, String min, String max) {
        Dosage dosage = new Dosage();
        dosage.setMinPerKg(new BigDecimal(min));
        dosage.setMaxPerKg(new BigDecimal(max));
        return of(kind, kind.name(), null, dosage);
    }

    private static Prescription of(PrescriptionKind kind, String name, String liftKey, Dosage dosage) {
        ProtocolPhase phase = new ProtocolTemplate(
                        "Test protocol",
                        null,
                        new ProgressionRules(2, new BigDecimal("5"), 14, 72),
                        new BigDecimal("2.5"),
                        new BigDecimal("5"))
                .addPhase("Phase", 7);
        Prescription prescription = phase.addPrescription(kind, name);
        prescription.describe(kind, name, null, liftKey, dosage, false, false, null);
        return prescription;
    }
}
