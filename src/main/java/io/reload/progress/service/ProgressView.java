package io.reload.progress.service;

import io.reload.progress.domain.LoadPoint;
import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.domain.WeightUnit;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's progress on their plan: the data of the pain chart and of a chart per lift (also
 * shown as tables for screen readers), gate tests with dates, and the escalation flags.
 */
public class ProgressView implements Serializable {

    /** One session in the pain table, its change labelled real or within normal variation. */
    public record PainRow(LocalDate day, String phase, int before, int after, int change, boolean realChange)
            implements Serializable {
        public LocalDate getDay() {
            return day;
        }

        public String getPhase() {
            return phase;
        }

        public int getBefore() {
            return before;
        }

        public int getAfter() {
            return after;
        }

        public int getChange() {
            return change;
        }

        public boolean isRealChange() {
            return realChange;
        }
    }

    /** A lift's sessions, prescribed against performed load in the plan's unit. */
    public record LiftChart(String liftKey, String name, List<LoadPoint> points) implements Serializable {
        public String getLiftKey() {
            return liftKey;
        }

        public String getName() {
            return name;
        }

        public List<LoadPoint> getPoints() {
            return points;
        }
    }

    /** A gate test passed, and on which day. */
    public record GateRow(String description, LocalDate passedOn) implements Serializable {
        public String getDescription() {
            return description;
        }

        public LocalDate getPassedOn() {
            return passedOn;
        }
    }

    private final long planId;
    private final String clientName;
    private final PainSeries painSeries;
    private final List<PainRow> painRows;
    private final List<LiftChart> lifts;
    private final WeightUnit unit;
    private final List<GateRow> gatePasses;
    private final List<EscalationFlag> flags;
    private final PainSummary summary;

    ProgressView(
            long planId,
            String clientName,
            PainSeries painSeries,
            List<PainRow> painRows,
            List<LiftChart> lifts,
            WeightUnit unit,
            List<GateRow> gatePasses,
            List<EscalationFlag> flags,
            PainSummary summary) {
        this.planId = planId;
        this.clientName = clientName;
        this.painSeries = painSeries;
        this.painRows = List.copyOf(painRows);
        this.lifts = List.copyOf(lifts);
        this.unit = unit;
        this.gatePasses = List.copyOf(gatePasses);
        this.flags = List.copyOf(flags);
        this.summary = summary;
    }

    public long getPlanId() {
        return planId;
    }

    public String getClientName() {
        return clientName;
    }

    public PainSeries getPainSeries() {
        return painSeries;
    }

    public List<PainRow> getPainRows() {
        return painRows;
    }

    public boolean isWithoutSessions() {
        return painRows.isEmpty();
    }

    public List<LiftChart> getLifts() {
        return lifts;
    }
    /** The unit of the lifts' loads. */
    public WeightUnit getUnit() {
        return unit;
    }

    public List<GateRow> getGatePasses() {
        return gatePasses;
    }
    /** Reasons to see a professional (clinical-rules 4). */
    public List<EscalationFlag> getFlags() {
        return flags;
    }
    /** The change of pain since the first session; null under two sessions. */
    public PainSummary getSummary() {
        return summary;
    }
}
