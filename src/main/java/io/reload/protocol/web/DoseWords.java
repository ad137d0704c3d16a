package io.reload.protocol.web;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.Doses;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.ClientDose;
import io.reload.shared.text.Texts;
import io.reload.shared.web.Amounts;
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
final class DoseWords {

    private final Locale locale;
    private final Amounts amounts;

    DoseWords(Locale locale) {
        this.locale = locale;
        this.amounts = new Amounts(locale);
    }

    String forTemplate(PrescriptionKind kind, Dosage dose) {
        List<String> parts = common(dose);
        if (dose.getMinPercent1rm() != null || dose.getMaxPercent1rm() != null) {
            parts.add(text("dose.percentOfMax", amounts.range(dose.getMinPercent1rm(), dose.getMaxPercent1rm())));
        }
        if (dose.getMinPerKg() != null || dose.getMaxPerKg() != null) {
            parts.add(text(perKgKey(kind) + ".perKg", amounts.range(dose.getMinPerKg(), dose.getMaxPerKg())));
        }
        parts.add(when(dose));
        return join(parts);
    }

    String forClient(ClientDose client) {
        Dosage dose = client.dosage();
        List<String> parts = common(dose);
        BigDecimal minPercent = firstNonNull(dose.getMinPercent1rm(), dose.getMaxPercent1rm());
        if (minPercent != null) {
            BigDecimal maxPercent = firstNonNull(dose.getMaxPercent1rm(), minPercent);
            Doses.Range load = Doses.loadRange(client.oneRepMaxKg(), minPercent, maxPercent, client.loads());
            parts.add(text(
                    "dose.load",
                    amounts.range(load.min(), load.max()),
                    unitName(client.loads().unit()),
                    amounts.range(minPercent, maxPercent)));
        }
        BigDecimal minPerKg = firstNonNull(dose.getMinPerKg(), dose.getMaxPerKg());
        if (minPerKg != null) {
            BigDecimal maxPerKg = firstNonNull(dose.getMaxPerKg(), minPerKg);
            Doses.Range amount = Doses.perBodyWeight(client.bodyWeightKg(), minPerKg, maxPerKg);
            parts.add(text(perKgKey(client.kind()) + ".daily", amounts.range(amount.min(), amount.max())));
        }
        return join(parts);
    }

    /** A load kept in kg as the client reads it, e.g. "52.5 kg" or "115 lb". */
    String load(BigDecimal kg, LoadScale loads) {
        return text("dose.workingLoad", amounts.plain(loads.shown(kg)), unitName(loads.unit()));
    }

    /** A weight as the person entered it (a one-rep max, a body weight), e.g. "308.6 lb". */
    String weight(BigDecimal kg, WeightUnit unit) {
        return amounts.plain(unit.asEntered(kg)) + " " + unitName(unit);
    }

    String unitName(WeightUnit unit) {
        return text("unit." + unit.name());
    }

    private List<String> common(Dosage dose) {
        List<String> parts = new ArrayList<>();
        if (dose.getSetsCount() != null && dose.getReps() != null) {
            parts.add(text(
                    dose.isPerSide() ? "dose.setsRepsPerSide" : "dose.setsReps", dose.getSetsCount(), dose.getReps()));
        } else if (dose.getReps() != null) {
            parts.add(text(dose.isPerSide() ? "dose.repsPerSide" : "dose.reps", dose.getReps()));
        }
        if (dose.getMinMinutes() != null || dose.getMaxMinutes() != null) {
            parts.add(text("dose.minutes", amounts.range(dose.getMinMinutes(), dose.getMaxMinutes())));
        }
        if (dose.getTimesPerDay() != null) {
            parts.add(text("dose.timesPerDay", dose.getTimesPerDay()));
        }
        if (dose.getTimesPerWeek() != null) {
            parts.add(text("dose.timesPerWeek", dose.getTimesPerWeek()));
        }
        if (dose.getEveryMinHours() != null || dose.getEveryMaxHours() != null) {
            parts.add(text("dose.everyHours", amounts.range(dose.getEveryMinHours(), dose.getEveryMaxHours())));
        }
        if (dose.getForMinDays() != null || dose.getForMaxDays() != null) {
            parts.add(text("dose.forDays", amounts.range(dose.getForMinDays(), dose.getForMaxDays())));
        }
        return parts;
    }

    /** When in the phase a template's prescription applies, e.g. "days 3–4" or "weeks 1–2". */
    private String when(Dosage dose) {
        if (dose.getFirstDay() != null || dose.getLastDay() != null) {
            return text("dose.days", amounts.range(dose.getFirstDay(), dose.getLastDay()));
        }
        if (dose.getFirstWeek() != null || dose.getLastWeek() != null) {
            return text("dose.weeks", amounts.range(dose.getFirstWeek(), dose.getLastWeek()));
        }
        return null;
    }

    /** Water in ml and protein in g have their own words; any other amount per kg is said plainly. */
    private static String perKgKey(PrescriptionKind kind) {
        return switch (kind) {
            case WATER -> "dose.water";
            case PROTEIN -> "dose.protein";
            default -> "dose.other";
        };
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    private static String join(List<String> parts) {
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }

    private String text(String key, Object... values) {
        return Texts.format(locale, key, values);
    }
}
