package io.reload.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

    private record Row(String name, Integer change, LocalDate day) {}

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1+1",
                "-2+3",
                "@SUM(A1)",
                "\tTabbed",
                "\rReturned"
            })
    void textThatWouldStartAFormulaIsKeptAsText(String name) {
        assertEquals("'" + name, CsvTable.neutralised(name));
    }

    @Test
    void ordinaryTextNumbersAndDatesAreLeftAlone() {
        assertEquals("Noor Begum", CsvTable.neutralised("Noor Begum"));
        assertEquals("a=b", CsvTable.neutralised("a=b"));
        assertEquals(-3, CsvTable.neutralised(-3));
        assertEquals(Boolean.TRUE, CsvTable.neutralised(true));
        assertEquals("2026-12-01", CsvTable.neutralised(LocalDate.of(2026, 12, 1)));
        assertEquals(null, CsvTable.neutralised(null));
    }

    @Test
    void aDocumentHasTheHeaderThenARowPerItemWithEveryTextCellNeutralised() {
        String csv = CsvTable.of(
                new String[] {"name", "change", "day"},
                List.of(new Row("=1+2", -3, LocalDate.of(2026, 12, 1)), new Row("Lee, Chen", null, null)),
                row -> new Object[] {row.name(), row.change(), row.day()});
        assertEquals("name,change,day\r\n'=1+2,-3,2026-12-01\r\n\"Lee, Chen\",,\r\n", csv);
    }
}
