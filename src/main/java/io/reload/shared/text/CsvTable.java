package io.reload.shared.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV document (RFC 4180, header row) that is safe to open in a spreadsheet. A text cell that
 * starts with =, +, -, @, a tab or a carriage return would be read as a formula there (a client
 * named "=HYPERLINK(...)" could run one on a therapist's machine), so it gets a leading
 * apostrophe, which spreadsheets show as text (OWASP, "CSV Injection"). Numbers keep their sign:
 * a pain change of -3 is a number, not a formula, and stays one.
 */
public final class CsvTable {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private CsvTable() {}

    /** The header, then a line per row with the cells the function gives for it. */
    public static <T> String of(String[] header, List<T> rows, Function<T, Object[]> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (T row : rows) {
                Object[] values = cells.apply(row);
                for (Object value : values) {
                    csv.print(neutralised(value));
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as a spreadsheet will read it: text never starts a formula. */
    static Object neutralised(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return FORMULA_START.matcher(text).find() ? "'" + text : text;
    }
}
