package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.shared.text.CsvTable;
import java.util.List;
import java.util.Locale;

/** A client's sessions as CSV (RFC 4180, header row, safe in a spreadsheet), for them to keep or take elsewhere. */
public final class SessionCsv {

    static final String[] HEADER = {
        "date",
        "phase",
        "pain_before",
        "pain_after",
        "change",
        "real_change",
        "exercises",
        "gate_tests_passed",
        "new_symptoms",
        "note",
        "corrected"
    };

    private SessionCsv() {}

    public static String of(List<HistoryPage.Row> sessions, Locale locale) {
        SessionWords words = new SessionWords(locale);
        return CsvTable.of(HEADER, sessions, row -> new Object[] {
            row.day(),
            row.phase(),
            row.before(),
            row.after(),
            row.change(),
            row.realChange(),
            words.done(row),
            words.gateTests(row),
            words.symptoms(row),
            row.note() == null ? "" : row.note(),
            row.edited()
        });
    }
}
