package io.reload.progress.service;

import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.text.CsvTable;

import java.util.List;

/** A client's sessions as CSV (RFC 4180, header row, safe in a spreadsheet), for them to keep or take elsewhere. */
final class SessionCsv {

    static final String[] HEADER = {"date", "phase", "pain_before", "pain_after", "change", "real_change",
        "exercises", "gate_tests_passed", "new_symptoms", "note", "corrected"};

    private SessionCsv() {
    }

    static String of(List<SessionLog> sessions, WeightUnit unit) {
        return CsvTable.of(HEADER, sessions, log -> new Object[] {
            log.getDay(), log.getPhaseName(), log.getPainBefore(), log.getPainAfter(), log.painRise(),
            PainScores.isRealChange(log.painRise()),
            SessionTexts.done(log, unit), SessionTexts.gateTests(log), SessionTexts.symptoms(log),
            log.getNote() == null ? "" : log.getNote(), log.getEditedAt() != null});
    }
}
