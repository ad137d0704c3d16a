package io.reload.progress.service;

import io.reload.progress.domain.SessionExercise;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.WeightUnit;
import java.util.List;

/** A logged session as the history and the export list it. */
final class SessionRows {

    private SessionRows() {}

    static HistoryPage.Row row(SessionLog log, WeightUnit unit) {
        List<HistoryPage.ExerciseDone> done = log.getExercises().stream()
                .map(exercise -> done(exercise, unit))
                .toList();
        List<String> gateTests = log.getGatePasses().stream()
                .map(pass -> pass.getDescription())
                .sorted()
                .toList();
        return new HistoryPage.Row(
                log.getId(),
                log.getDay(),
                log.getPhaseName(),
                log.getPainBefore(),
                log.getPainAfter(),
                log.painRise(),
                PainScore.isRealChange(log.painRise()),
                done,
                List.copyOf(log.getSymptoms()),
                gateTests,
                log.getNote(),
                log.getEditedAt() != null);
    }

    private static HistoryPage.ExerciseDone done(SessionExercise exercise, WeightUnit unit) {
        return new HistoryPage.ExerciseDone(
                exercise.getName(),
                exercise.getSetsDone(),
                exercise.getRepsDone(),
                exercise.getLoadKg() == null ? null : unit.asEntered(exercise.getLoadKg()),
                unit,
                exercise.isAllSetsPainFree(),
                exercise.isGoodForm());
    }
}
