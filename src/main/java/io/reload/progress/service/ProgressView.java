package io.reload.progress.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's progress on their plan: the pain chart and a lift chart per lift (Chart.js
 * configurations), the same data as tables for screen readers, gate tests with dates, and
 * the escalation flags.
 */
public class ProgressView implements Serializable {

    /** One session in the pain table, its change labelled real or within normal variation. */
    public record PainRow(LocalDate day, String phase, int before, int after, int change, boolean realChange) implements Serializable {
        public LocalDate getDay() { return day; }
        public String getPhase() { return phase; }
        public int getBefore() { return before; }
        public int getAfter() { return after; }
        public int getChange() { return change; }
        public boolean isRealChange() { return realChange; }
    }

    /** A lift's chart and its table. */
    public record LiftChart(String liftKey, String name, String chartJson, List<LoadRow> rows) implements Serializable {
        public String getLiftKey() { return liftKey; }
        public String getName() { return name; }
        public String getChartJson() { return chartJson; }
        public List<LoadRow> getRows() { return rows; }
    }

    /** One session of a lift, in the client's unit. */
    public record LoadRow(LocalDate day, String prescribed, String performed) implements Serializable {
        public LocalDate getDay() { return day; }
        public String getPrescribed() { return prescribed; }
        public String getPerformed() { return performed; }
    }

    /** A gate test passed, and on which day. */
    public record GateRow(String description, LocalDate passedOn) implements Serializable {
        public String getDescription() { return description; }
        public LocalDate getPassedOn() { return passedOn; }
    }

    private final long planId;
    private final String clientName;
    private final String painChartJson;
    private final List<PainRow> painRows;
    private final List<LiftChart> lifts;
    private final List<GateRow> gatePasses;
    private final List<String> flags;
    private final String summary;

    ProgressView(long planId, String clientName, String painChartJson, List<PainRow> painRows, List<LiftChart> lifts,
                 List<GateRow> gatePasses, List<String> flags, String summary) {
        this.planId = planId;
        this.clientName = clientName;
        this.painChartJson = painChartJson;
        this.painRows = List.copyOf(painRows);
        this.lifts = List.copyOf(lifts);
        this.gatePasses = List.copyOf(gatePasses);
        this.flags = List.copyOf(flags);
        this.summary = summary;
    }

    public long getPlanId() { return planId; }
    public String getClientName() { return clientName; }
    public String getPainChartJson() { return painChartJson; }
    public List<PainRow> getPainRows() { return painRows; }
    public boolean isWithoutSessions() { return painRows.isEmpty(); }
    public List<LiftChart> getLifts() { return lifts; }
    public List<GateRow> getGatePasses() { return gatePasses; }
    /** Reasons to see a professional, in words (clinical-rules 4). */
    public List<String> getFlags() { return flags; }
    /** The change of pain since the first session, in words. */
    public String getSummary() { return summary; }
}
