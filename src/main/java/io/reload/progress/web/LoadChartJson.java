package io.reload.progress.web;

import io.reload.progress.domain.LoadPoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Chart.js configuration of one lift's chart: prescribed against performed load over time. */
final class LoadChartJson {

    /** The words the chart shows, from the message bundle, and how it writes the days. */
    record Labels(String prescribed, String performed, String yAxis, DateTimeFormatter days) {}

    private LoadChartJson() {}

    static JsonObject of(List<LoadPoint> sessions, Labels words) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder prescribed = Json.createArrayBuilder();
        JsonArrayBuilder performed = Json.createArrayBuilder();
        for (LoadPoint session : sessions) {
            labels.add(words.days().format(session.day()));
            add(prescribed, session.prescribed());
            add(performed, session.performed());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", words.prescribed())
                                                        .add("data", prescribed)
                                                        .add("borderColor", "#6b7280")
                                                        .add("backgroundColor", "#6b7280")
                                                        .add(
                                                                "borderDash",
                                                                Json.createArrayBuilder()
                                                                        .add(6)
                                                                        .add(4)))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", words.performed())
                                                        .add("data", performed)
                                                        .add("borderColor", "#059669")
                                                        .add("backgroundColor", "#059669"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", words.yAxis())))))
                .build();
    }

    private static void add(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            BigDecimal plain = value.stripTrailingZeros(); // 40.00 -> 40, not 4E+1
            array.add(plain.scale() < 0 ? plain.setScale(0) : plain);
        }
    }
}
