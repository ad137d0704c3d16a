package io.reload.progress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.progress.domain.LoadPoint;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A lift's chart: prescribed against performed load per session. */
class LoadChartJsonTest {

    @Test
    void prescribedAndPerformedAreTwoLines() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        JsonObject chart = LoadChartJson.of(
                List.of(
                        new LoadPoint(day, new BigDecimal("40.00"), new BigDecimal("40.00")),
                        new LoadPoint(day.plusDays(2), new BigDecimal("42.50"), null)),
                new LoadChartJson.Labels(
                        "Prescribed", "Performed", "kg", DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)));

        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("[40,42.5]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals(
                "[40,null]",
                datasets.getJsonObject(1).getJsonArray("data").toString(),
                "a session without the lift's load leaves a gap");
        assertEquals(
                "[\"1 Dec\",\"3 Dec\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
    }
}
