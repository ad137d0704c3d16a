package io.reload.protocol.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;

/** Builds templates in unit tests, without a database. */
final class Templates {

    private Templates() {}

    static ProtocolTemplate empty() {
        return new ProtocolTemplate(
                "Test protocol",
                null,
                new ProgressionRules(2, new BigDecimal("5"), 14, 72),
                new BigDecimal("2.5"),
                new BigDecimal("5"));
    }

    static Prescription days(Prescription prescription, int first, int last) {
        Dosage dosage = prescription.getDosage();
        dosage.setFirstDay(first);
        dosage.setLastDay(last);
        return with(prescription, dosage, prescription.getLiftKey());
    }

    static Prescription weeks(Prescription prescription, int first, int last) {
        Dosage dosage = prescription.getDosage();
        dosage.setFirstWeek(first);
        dosage.setLastWeek(last);
        return with(prescription, dosage, prescription.getLiftKey());
    }

    static Prescription lift(Prescription prescription, String liftKey, int minPercent, int maxPercent) {
        Dosage dosage = prescription.getDosage();
        dosage.setMinPercent1rm(BigDecimal.valueOf(minPercent));
        dosage.setMaxPercent1rm(BigDecimal.valueOf(maxPercent));
        return with(prescription, dosage, liftKey);
    }

    static Prescription fallback(Prescription prescription) {
        prescription.describe(
                prescription.getKind(),
                prescription.getName(),
                null,
                prescription.getLiftKey(),
                prescription.getDosage(),
                true,
                false,
                null);
        return prescription;
    }

    /** Gives a gate test the id the database would, so the engine can tell tests apart. */
    static GateTest withId(GateTest test, long id) {
        try {
            Field field = io.reload.shared.domain.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(test, id);
            return test;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Prescription with(Prescription prescription, Dosage dosage, String liftKey) {
        prescription.describe(
                prescription.getKind(),
                prescription.getName(),
                null,
                liftKey,
                dosage,
                prescription.isStrainFallback(),
                false,
                null);
        return prescription;
    }
}
