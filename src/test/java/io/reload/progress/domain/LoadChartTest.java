package io.reload.progress.domain;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A lift's chart: prescribed against performed load per session. */
class LoadChartTest {

    @Test
    void prescribedAndPerformedAreTwoLines() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        JsonObject chart = LoadChart.of(List.of(
                new LoadPoint(day, new BigDecimal("40.00"), new BigDecimal("40.00")),
                new LoadPoint(day.plusDays(2), new BigDecimal("42.50"), null)), new LoadChart.Labels("Prescribed", "Performed", "kg"));

        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("[40,42.5]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[40,null]", datasets.getJsonObject(1).getJsonArray("data").toString(), "a session without the lift's load leaves a gap");
        assertEquals("[\"1 Dec\",\"3 Dec\"]", chart.getJsonObject("data").getJsonArray("labels").toString());
    }
}
