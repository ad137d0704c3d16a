package io.reload.progress.web;

import io.reload.progress.domain.PainPoint;
import io.reload.protocol.domain.PainScore;
import io.reload.protocol.domain.PhaseChange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The Chart.js configuration of a client's pain chart (clinical-rules 5): pain before and after
 * each session as two lines, the phase as a band behind them, and every phase change marked.
 * One point on the x axis per session; a phase change on a day without a session gets its own
 * point, so no change goes unmarked. Each phase's band is a dataset of its own, so the legend
 * names it in its colour. Before and after differ in line and point style, so where they are
 * equal both stay visible.
 */
final class PainChartJson {

    /** Light fills for the phase bands, one per phase position, repeating. */
    static final List<String> BAND_COLOURS = List.of(
            "rgba(96, 165, 250, 0.16)",
            "rgba(52, 211, 153, 0.16)",
            "rgba(251, 191, 36, 0.18)",
            "rgba(244, 114, 182, 0.14)",
            "rgba(167, 139, 250, 0.16)",
            "rgba(148, 163, 184, 0.20)");

    /** Room above the chart area for the markers drawn at the top of the scale, in pixels. */
    static final int MARKER_RADIUS = 8;

    /**
     * The words the chart shows, from the message bundle; {@code phase} names a phase's band, a
     * pattern with the phase's position as {0} and its name as {1}; {@code days} writes the x axis.
     */
    record Labels(
            String before,
            String after,
            String phase,
            String phaseChange,
            String yAxis,
            DateTimeFormatter days,
            Locale locale) {}

    private PainChartJson() {}

    static JsonObject of(List<PainPoint> sessions, List<PhaseChange> changes, Labels words) {
        List<Column> columns = columns(sessions, changes, words.days());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        JsonArrayBuilder markers = Json.createArrayBuilder();
        for (Column column : columns) {
            labels.add(column.label);
            addOrNull(before, column.session == null ? null : column.session.before());
            addOrNull(after, column.session == null ? null : column.session.after());
            addOrNull(markers, column.change == null ? null : PainScore.MAX);
        }
        // Chart.js draws a higher order first: bands at the back, then before (solid, large
        // circles), after on top of it (dashed, small diamonds), so equal values show both.
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(words.before(), before, "#2563eb", 2)
                        .add("pointStyle", "circle")
                        .add("pointRadius", 6))
                .add(line(words.after(), after, "#dc2626", 1)
                        .add("pointStyle", "rectRot")
                        .add("pointRadius", 4)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                .add(Json.createObjectBuilder()
                        .add("type", "scatter")
                        .add("label", words.phaseChange())
                        .add("data", markers)
                        .add("pointStyle", "triangle")
                        .add("pointRadius", MARKER_RADIUS)
                        .add("showLine", false)
                        .add("clip", false) // drawn at the top of the scale: not cut off at the chart area's edge
                        .add("backgroundColor", "#111827")
                        .add("borderColor", "#111827")
                        .add("order", 0));
        for (int position :
                new TreeSet<>(columns.stream().map(Column::phasePosition).toList())) {
            datasets.add(band(columns, position, words));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("spanGaps", true)
                                .add(
                                        "layout",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "padding",
                                                        Json.createObjectBuilder()
                                                                .add("top", MARKER_RADIUS + 4)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", PainScore.MIN)
                                                                .add("max", PainScore.MAX)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("stepSize", 1))
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", words.yAxis())))))
                .build();
    }

    /** A phase's band: full height where the client was in that phase, named after it in the legend. */
    private static JsonObjectBuilder band(List<Column> columns, int position, Labels words) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        String name = null;
        for (Column column : columns) {
            boolean inPhase = column.phasePosition == position;
            addOrNull(data, inPhase ? PainScore.MAX : null);
            name = inPhase && name == null ? column.phaseName : name;
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("label", new MessageFormat(words.phase(), words.locale()).format(new Object[] {position, name}))
                .add("data", data)
                .add("backgroundColor", BAND_COLOURS.get((position - 1) % BAND_COLOURS.size()))
                .add("barPercentage", 1.0)
                .add("categoryPercentage", 1.0)
                .add("grouped", false) // one band per column: each fills its column instead of sharing it
                .add("order", 3);
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, int order) {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("tension", 0.2)
                .add("order", order);
    }

    private static void addOrNull(JsonArrayBuilder array, Integer value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }

    /** One x position: a session, or a phase change on a day without one. */
    record Column(String label, PainPoint session, PhaseChange change, int phasePosition, String phaseName) {}

    /**
     * Sessions in order, a change marked on the last session of its day (the session that caused
     * it, or the last one before the calendar moved on) or on a point of its own.
     */
    static List<Column> columns(List<PainPoint> sessions, List<PhaseChange> changes, DateTimeFormatter dayLabel) {
        List<Column> columns = new ArrayList<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        sessions.forEach(session -> days.add(session.day()));
        changes.forEach(change -> days.add(change.day()));
        int phase = sessions.isEmpty()
                ? changes.isEmpty() ? 1 : changes.get(0).fromPosition()
                : sessions.get(0).phasePosition();
        for (LocalDate day : days) {
            List<PainPoint> thatDay = sessions.stream()
                    .filter(session -> session.day().equals(day))
                    .toList();
            PhaseChange change = changes.stream()
                    .filter(candidate -> candidate.day().equals(day))
                    .reduce((first, last) -> last)
                    .orElse(null);
            for (int i = 0; i < thatDay.size(); i++) {
                PainPoint session = thatDay.get(i);
                phase = session.phasePosition();
                boolean last = i == thatDay.size() - 1;
                String label = dayLabel.format(day) + (thatDay.size() > 1 ? " (" + (i + 1) + ")" : "");
                columns.add(new Column(label, session, last ? change : null, phase, session.phaseName()));
            }
            if (thatDay.isEmpty() && change != null) {
                columns.add(new Column(dayLabel.format(day), null, change, change.toPosition(), change.toName()));
            }
            if (change != null) {
                phase = change.toPosition();
            }
        }
        return columns;
    }
}
