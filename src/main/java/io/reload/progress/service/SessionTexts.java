package io.reload.progress.service;

import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionExercise;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.text.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.stream.Collectors;

/** A logged session in words, for the history page and the CSV export. */
final class SessionTexts {

    private static final Locale LOCALE = Locale.ENGLISH;

    private SessionTexts() {
    }

    static HistoryPage.Row row(SessionLog log, WeightUnit unit) {
        return new HistoryPage.Row(log.getId(), log.getDay(), log.getPhaseName(), log.getPainBefore(), log.getPainAfter(), log.painRise(),
                PainScores.isRealChange(log.painRise()), done(log, unit), symptoms(log), log.getNote(), log.getEditedAt() != null);
    }

    /** "Kettlebell deadlift 4 × 8 × 40 kg (pain-free, good form); Pallof press 3 × 12". */
    static String done(SessionLog log, WeightUnit unit) {
        return log.getExercises().stream().map(exercise -> exercise(exercise, unit)).collect(Collectors.joining("; "));
    }

    static String symptoms(SessionLog log) {
        return log.getSymptoms().stream().map(symptom -> Texts.format(LOCALE, "selfcheck.answer." + symptom.name())).collect(Collectors.joining("; "));
    }

    static String gateTests(SessionLog log) {
        return log.getGatePasses().stream().map(pass -> pass.getDescription()).sorted().collect(Collectors.joining("; "));
    }

    private static String exercise(SessionExercise exercise, WeightUnit unit) {
        StringBuilder text = new StringBuilder(exercise.getName());
        if (exercise.getSetsDone() != null && exercise.getRepsDone() != null) {
            text.append(' ').append(exercise.getSetsDone()).append(" × ").append(exercise.getRepsDone());
        }
        if (exercise.getLoadKg() != null) {
            BigDecimal load = unit.fromKg(exercise.getLoadKg()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            text.append(" × ").append(load.toPlainString()).append(' ').append(Texts.format(LOCALE, "unit." + unit.name()));
        }
        String painFree = Texts.format(LOCALE, exercise.isAllSetsPainFree() ? "history.painFree" : "history.notPainFree");
        String form = Texts.format(LOCALE, exercise.isGoodForm() ? "history.goodForm" : "history.notGoodForm");
        return text.append(" (").append(painFree).append(", ").append(form).append(')').toString();
    }
}
