package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.shared.text.Texts;
import io.reload.shared.web.Amounts;
import java.util.Locale;
import java.util.stream.Collectors;

/** A logged session in words, for the history page and the CSV export. */
final class SessionWords {

    private final Locale locale;
    private final Amounts amounts;

    SessionWords(Locale locale) {
        this.locale = locale;
        this.amounts = new Amounts(locale);
    }

    /** "Kettlebell deadlift 4 × 8 × 40 kg (pain-free, good form); Pallof press 3 × 12". */
    String done(HistoryPage.Row row) {
        return row.done().stream().map(this::exercise).collect(Collectors.joining("; "));
    }

    String symptoms(HistoryPage.Row row) {
        return row.symptoms().stream()
                .map(symptom -> text("selfcheck.answer." + symptom.name()))
                .collect(Collectors.joining("; "));
    }

    String gateTests(HistoryPage.Row row) {
        return String.join("; ", row.gateTests());
    }

    private String exercise(HistoryPage.ExerciseDone exercise) {
        StringBuilder text = new StringBuilder(exercise.name());
        if (exercise.sets() != null && exercise.reps() != null) {
            text.append(' ').append(exercise.sets()).append(" × ").append(exercise.reps());
        }
        if (exercise.load() != null) {
            text.append(" × ")
                    .append(amounts.plain(exercise.load()))
                    .append(' ')
                    .append(text("unit." + exercise.unit().name()));
        }
        String painFree = text(exercise.painFree() ? "history.painFree" : "history.notPainFree");
        String form = text(exercise.goodForm() ? "history.goodForm" : "history.notGoodForm");
        return text.append(" (")
                .append(painFree)
                .append(", ")
                .append(form)
                .append(')')
                .toString();
    }

    private String text(String key) {
        return Texts.format(locale, key);
    }
}
