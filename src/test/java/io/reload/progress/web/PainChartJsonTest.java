package io.reload.progress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.progress.domain.PainPoint;
import io.reload.protocol.domain.PhaseChange;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pain chart's configuration: two lines, phase bands, a marker for every phase change. */
class PainChartJsonTest {

    private static final LocalDate D1 = LocalDate.of(2026, 12, 1);
    private static final PainChartJson.Labels WORDS = new PainChartJson.Labels(
            "Pain before",
            "Pain after",
            "Phase {0}: {1}",
            "Phase change",
            "Pain (0-10)",
            DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH),
            Locale.ENGLISH);

    private static JsonArray dataset(JsonObject chart, int index, String field) {
        return chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(index)
                .getJsonArray(field);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream()
                .map(value -> value.getValueType() == JsonValue.ValueType.NULL
                        ? "null"
                        : value.toString().replace("\"", ""))
                .toList();
    }

    @Test
    void painBeforeAndAfterAreTwoLinesWithOnePointPerSession() {
        JsonObject chart = PainChartJson.of(
                List.of(
                        new PainPoint(D1, 3, 4, 2, "Active recovery"),
                        new PainPoint(D1.plusDays(2), 2, 2, 2, "Active recovery")),
                List.of(),
                WORDS);

        assertEquals(
                List.of("1 Dec", "3 Dec"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        assertEquals(List.of("3", "2"), strings(dataset(chart, 0, "data")));
        assertEquals(List.of("4", "2"), strings(dataset(chart, 1, "data")));
        assertEquals(
                "Pain before",
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"));
        assertEquals(
                10,
                chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getInt("max"));
    }

    @Test
    void eachPhaseIsABandBehindTheLinesInItsOwnColourNamedInTheLegend() {
        JsonObject chart = PainChartJson.of(
                List.of(
                        new PainPoint(D1, 3, 5, 3, "Rebuild"),
                        new PainPoint(D1.plusDays(1), 2, 2, 2, "Active recovery")),
                List.of(),
                WORDS);

        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(5, datasets.size(), "before, after, phase changes, and one band per phase");
        JsonObject activeRecovery = datasets.getJsonObject(3);
        JsonObject rebuild = datasets.getJsonObject(4);
        assertEquals("Phase 2: Active recovery", activeRecovery.getString("label"));
        assertEquals("Phase 3: Rebuild", rebuild.getString("label"));
        assertEquals(
                List.of("null", "10"),
                strings(activeRecovery.getJsonArray("data")),
                "full height where the client was in it");
        assertEquals(List.of("10", "null"), strings(rebuild.getJsonArray("data")));
        assertEquals(PainChartJson.BAND_COLOURS.get(1), activeRecovery.getString("backgroundColor"));
        assertEquals(PainChartJson.BAND_COLOURS.get(2), rebuild.getString("backgroundColor"));
        for (JsonObject band : List.of(activeRecovery, rebuild)) {
            assertEquals("bar", band.getString("type"));
            assertFalse(band.getBoolean("grouped"), "each band fills its column, not half of it");
            assertEquals(3, band.getInt("order"), "drawn first, behind the lines");
        }
    }

    @Test
    void equalPainBeforeAndAfterStayBothVisible() {
        JsonObject chart = PainChartJson.of(List.of(new PainPoint(D1, 3, 3, 2, "Active recovery")), List.of(), WORDS);

        JsonObject before = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        JsonObject after = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertEquals(List.of("3"), strings(before.getJsonArray("data")), "the data as it is: no offset");
        assertEquals(List.of("3"), strings(after.getJsonArray("data")));
        assertFalse(before.containsKey("borderDash"), "before is solid");
        assertEquals(
                List.of("6", "4"),
                strings(after.getJsonArray("borderDash")),
                "after is dashed, so before shows through its gaps");
        assertNotEquals(before.getString("pointStyle"), after.getString("pointStyle"));
        assertTrue(after.getInt("order") < before.getInt("order"), "after is drawn over before");
        assertTrue(
                after.getInt("pointRadius") < before.getInt("pointRadius"),
                "after's smaller points sit inside before's");
    }

    @Test
    void phaseChangeMarkersAtTheTopOfTheScaleAreNotCutOff() {
        JsonObject chart = PainChartJson.of(
                List.of(new PainPoint(D1, 2, 5, 3, "Rebuild")),
                List.of(new PhaseChange(D1, 3, 2, "Active recovery")),
                WORDS);

        JsonObject markers =
                chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(2);
        assertEquals(List.of("10"), strings(markers.getJsonArray("data")));
        assertFalse(markers.getBoolean("clip"), "drawn beyond the chart area's edge");
        int headroom = chart.getJsonObject("options")
                .getJsonObject("layout")
                .getJsonObject("padding")
                .getInt("top");
        assertTrue(headroom >= markers.getInt("pointRadius"), "room above the scale for the whole triangle");
        assertEquals(
                10,
                chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getInt("max"),
                "the scale stays 0-10");
    }

    @Test
    void aPhaseChangeIsMarkedOnTheLastSessionOfItsDayOrOnAPointOfItsOwn() {
        JsonObject chart = PainChartJson.of(
                List.of(
                        new PainPoint(D1, 2, 2, 3, "Rebuild"),
                        new PainPoint(D1, 2, 4, 3, "Rebuild"),
                        new PainPoint(D1.plusDays(3), 1, 1, 2, "Active recovery")),
                List.of(new PhaseChange(D1, 3, 2, "Active recovery"), new PhaseChange(D1.plusDays(2), 2, 3, "Rebuild")),
                WORDS);

        assertEquals(
                List.of("1 Dec (1)", "1 Dec (2)", "3 Dec", "4 Dec"),
                strings(chart.getJsonObject("data").getJsonArray("labels")));
        assertEquals(List.of("null", "10", "10", "null"), strings(dataset(chart, 2, "data")), "both changes marked");
        assertEquals(
                List.of("2", "2", "null", "1"),
                strings(dataset(chart, 0, "data")),
                "no pain on the day without a session");
    }
}
