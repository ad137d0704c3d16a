package io.reload.progress.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pain chart's configuration: two lines, phase bands, a marker for every phase change. */
class PainChartTest {

    private static final LocalDate D1 = LocalDate.of(2026, 12, 1);
    private static final PainChart.Labels WORDS = new PainChart.Labels("Pain before", "Pain after", "Phase", "Phase change", "Pain (0-10)");

    private static JsonArray dataset(JsonObject chart, int index, String field) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(index).getJsonArray(field);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> value.getValueType() == JsonValue.ValueType.NULL ? "null" : value.toString().replace("\"", "")).toList();
    }

    @Test
    void painBeforeAndAfterAreTwoLinesWithOnePointPerSession() {
        JsonObject chart = PainChart.of(List.of(
                new PainPoint(D1, 3, 4, 2, "Active recovery"),
                new PainPoint(D1.plusDays(2), 2, 2, 2, "Active recovery")), List.of(), WORDS);

        assertEquals(List.of("1 Dec", "3 Dec"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        assertEquals(List.of("3", "2"), strings(dataset(chart, 0, "data")));
        assertEquals(List.of("4", "2"), strings(dataset(chart, 1, "data")));
        assertEquals("Pain before", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(10, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void eachPhaseIsABandBehindTheLinesInItsOwnColour() {
        JsonObject chart = PainChart.of(List.of(
                new PainPoint(D1, 3, 5, 3, "Rebuild"),
                new PainPoint(D1.plusDays(1), 2, 2, 2, "Active recovery")), List.of(), WORDS);

        JsonObject bands = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(3);
        assertEquals("bar", bands.getString("type"));
        assertEquals(List.of("10", "10"), strings(bands.getJsonArray("data")), "full height");
        assertEquals(List.of(PainChart.BAND_COLOURS.get(2), PainChart.BAND_COLOURS.get(1)), strings(bands.getJsonArray("backgroundColor")));
        assertEquals(3, bands.getInt("order"), "drawn first, behind the lines");
    }

    @Test
    void aPhaseChangeIsMarkedOnTheLastSessionOfItsDayOrOnAPointOfItsOwn() {
        JsonObject chart = PainChart.of(List.of(
                        new PainPoint(D1, 2, 2, 3, "Rebuild"),
                        new PainPoint(D1, 2, 4, 3, "Rebuild"),
                        new PainPoint(D1.plusDays(3), 1, 1, 2, "Active recovery")),
                List.of(new PhaseChange(D1, 3, 2, "Active recovery"), new PhaseChange(D1.plusDays(2), 2, 3, "Rebuild")), WORDS);

        assertEquals(List.of("1 Dec (1)", "1 Dec (2)", "3 Dec", "4 Dec"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        assertEquals(List.of("null", "10", "10", "null"), strings(dataset(chart, 2, "data")), "both changes marked");
        assertEquals(List.of("2", "2", "null", "1"), strings(dataset(chart, 0, "data")), "no pain on the day without a session");
    }
}
