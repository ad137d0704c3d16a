package io.reload.trends.web;

import io.reload.shared.text.CsvTable;
import io.reload.shared.text.Texts;
import io.reload.trends.service.TrendRow;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The dashboard's rows as CSV (RFC 4180, header row, safe in a spreadsheet). */
public final class DashboardCsv {

    static final String[] HEADER = {
        "client",
        "therapist",
        "phase",
        "days_in_phase",
        "last_pain",
        "change_7_days",
        "real_change",
        "sessions_14_days",
        "expected_14_days",
        "adherence_percent",
        "flags"
    };

    private DashboardCsv() {}

    public static String of(List<TrendRow> rows, Locale locale) {
        return CsvTable.of(HEADER, rows, row -> new Object[] {
            row.getClientName(),
            row.getTherapistName(),
            row.getPhasePosition() + ". " + row.getPhaseName(),
            row.getDaysInPhase(),
            row.getLastPain(),
            row.getChange7Days(),
            row.isRealChange(),
            row.getSessions14Days(),
            row.getExpected14Days(),
            row.getAdherence(),
            row.getFlags().stream()
                    .map(flag -> Texts.format(locale, "trends.flag." + flag.name()))
                    .collect(Collectors.joining("; "))
        });
    }
}
