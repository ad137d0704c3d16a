package io.reload.protocol.service;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.Doses;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.text.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A prescription's dose in words, e.g. "3 × 8 per side" or "2450–2800 ml a day". For a template
 * the numbers stay as written (% of the one-rep max, per kg); for a client's plan they become
 * loads in the client's unit and amounts from their body weight.
 */
final class DoseText {

    private static final Locale LOCALE = Locale.ENGLISH;

    /** What a plan's client numbers are; null for a template. */
    record ClientNumbers(BigDecimal oneRepMaxKg, BigDecimal bodyWeightKg, LoadScale loads) {
    }

    private DoseText() {
    }

    static String forTemplate(Prescription prescription) {
        List<String> parts = common(prescription.getDosage());
        Dosage dose = prescription.getDosage();
        if (dose.getMinPercent1rm() != null || dose.getMaxPercent1rm() != null) {
            parts.add(text("dose.percentOfMax", range(dose.getMinPercent1rm(), dose.getMaxPercent1rm())));
        }
        if (dose.getMinPerKg() != null || dose.getMaxPerKg() != null) {
            parts.add(text(perKgKey(prescription) + ".perKg", range(dose.getMinPerKg(), dose.getMaxPerKg())));
        }
        parts.add(when(dose));
        return join(parts);
    }

    static String forClient(Prescription prescription, ClientNumbers numbers) {
        List<String> parts = common(prescription.getDosage());
        Dosage dose = prescription.getDosage();
        BigDecimal minPercent = firstNonNull(dose.getMinPercent1rm(), dose.getMaxPercent1rm());
        if (minPercent != null) {
            BigDecimal maxPercent = firstNonNull(dose.getMaxPercent1rm(), minPercent);
            Doses.Range load = Doses.loadRange(numbers.oneRepMaxKg(), minPercent, maxPercent, numbers.loads());
            parts.add(text("dose.load", range(load.min(), load.max()), unitName(numbers.loads().unit()), range(minPercent, maxPercent)));
        }
        BigDecimal minPerKg = firstNonNull(dose.getMinPerKg(), dose.getMaxPerKg());
        if (minPerKg != null) {
            BigDecimal maxPerKg = firstNonNull(dose.getMaxPerKg(), minPerKg);
            Doses.Range amount = Doses.perBodyWeight(numbers.bodyWeightKg(), minPerKg, maxPerKg);
            parts.add(text(perKgKey(prescription) + ".daily", range(amount.min(), amount.max())));
        }
        return join(parts);
    }

    /** A load kept in kg as the client reads it, e.g. "52.5 kg" or "115 lb". */
    static String load(BigDecimal kg, LoadScale loads) {
        return text("dose.workingLoad", plain(loads.shown(kg)), unitName(loads.unit()));
    }

    static String unitName(WeightUnit unit) {
        return text("unit." + unit.name());
    }

    private static List<String> common(Dosage dose) {
        List<String> parts = new ArrayList<>();
        if (dose.getSetsCount() != null && dose.getReps() != null) {
            parts.add(text(dose.isPerSide() ? "dose.setsRepsPerSide" : "dose.setsReps", dose.getSetsCount(), dose.getReps()));
        } else if (dose.getReps() != null) {
            parts.add(text(dose.isPerSide() ? "dose.repsPerSide" : "dose.reps", dose.getReps()));
        }
        if (dose.getMinMinutes() != null || dose.getMaxMinutes() != null) {
            parts.add(text("dose.minutes", range(dose.getMinMinutes(), dose.getMaxMinutes())));
        }
        if (dose.getTimesPerDay() != null) {
            parts.add(text("dose.timesPerDay", dose.getTimesPerDay()));
        }
        if (dose.getTimesPerWeek() != null) {
            parts.add(text("dose.timesPerWeek", dose.getTimesPerWeek()));
        }
        if (dose.getEveryMinHours() != null || dose.getEveryMaxHours() != null) {
            parts.add(text("dose.everyHours", range(dose.getEveryMinHours(), dose.getEveryMaxHours())));
        }
        if (dose.getForMinDays() != null || dose.getForMaxDays() != null) {
            parts.add(text("dose.forDays", range(dose.getForMinDays(), dose.getForMaxDays())));
        }
        return parts;
    }

    /** When in the phase a template's prescription applies, e.g. "days 3–4" or "weeks 1–2". */
    private static String when(Dosage dose) {
        if (dose.getFirstDay() != null || dose.getLastDay() != null) {
            return text("dose.days", range(dose.getFirstDay(), dose.getLastDay()));
        }
        if (dose.getFirstWeek() != null || dose.getLastWeek() != null) {
            return text("dose.weeks", range(dose.getFirstWeek(), dose.getLastWeek()));
        }
        return null;
    }

    /** Water in ml and protein in g have their own words; any other amount per kg is said plainly. */
    private static String perKgKey(Prescription prescription) {
        return switch (prescription.getKind()) {
            case WATER -> "dose.water";
            case PROTEIN -> "dose.protein";
            default -> "dose.other";
        };
    }

    /** "15–20", or "15" when both ends agree or one is missing. */
    static String range(Number min, Number max) {
        Number low = min != null ? min : max;
        Number high = max != null ? max : min;
        return plain(low).equals(plain(high)) ? plain(low) : plain(low) + "–" + plain(high);
    }

    private static String plain(Number number) {
        return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : String.valueOf(number);
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    private static String join(List<String> parts) {
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }

    private static String text(String key, Object... values) {
        return Texts.format(LOCALE, key, values);
    }
}
