package io.reload.trends.service;

import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendFlag;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A dashboard row as the page shows it, with its sparkline drawn as SVG points. */
public class TrendRow implements Serializable {

    static final int SPARK_WIDTH = 112;
    static final int SPARK_HEIGHT = 24;

    private final long clientId;
    private final String clientName;
    private final String therapistName;
    private final int phasePosition;
    private final String phaseName;
    private final long daysInPhase;
    private final Integer lastPain;
    private final Integer change7Days;
    private final int sessions14Days;
    private final int expected14Days;
    private final int adherence;
    private final List<TrendFlag> flags;
    private final List<Integer> sparkline;

    TrendRow(ClientTrend trend, LocalDate today) {
        this.clientId = trend.getClientId();
        this.clientName = trend.getClientName();
        this.therapistName = trend.getTherapistName();
        this.phasePosition = trend.getPhasePosition();
        this.phaseName = trend.getPhaseName();
        this.daysInPhase = ChronoUnit.DAYS.between(trend.getPhaseStartedOn(), today) + 1;
        this.lastPain = trend.getLastPain();
        this.change7Days = trend.getChange7Days();
        this.sessions14Days = trend.getSessions14Days();
        this.expected14Days = trend.getExpected14Days();
        this.adherence = trend.getAdherence();
        this.flags = new ArrayList<>(trend.flags());
        this.sparkline = new ArrayList<>(trend.sparklineValues());
    }

    /** "x,y x,y ..." of the days with a session, pain 0 at the bottom and 10 at the top. */
    public String getSparkPoints() {
        List<String> points = new ArrayList<>();
        for (int day = 0; day < sparkline.size(); day++) {
            Integer pain = sparkline.get(day);
            if (pain != null) {
                int x = sparkline.size() == 1 ? 0 : day * SPARK_WIDTH / (sparkline.size() - 1);
                int y = SPARK_HEIGHT - pain * SPARK_HEIGHT / 10;
                points.add(x + "," + y);
            }
        }
        return String.join(" ", points);
    }

    /** The sparkline's values for screen readers, days without a session left out. */
    public String getSparkValues() {
        return sparkline.stream().filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining(", "));
    }

    public boolean isRealChange() {
        return change7Days != null && Math.abs(change7Days) >= 2;
    }

    public long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public String getTherapistName() { return therapistName; }
    public int getPhasePosition() { return phasePosition; }
    public String getPhaseName() { return phaseName; }
    public long getDaysInPhase() { return daysInPhase; }
    public Integer getLastPain() { return lastPain; }
    public Integer getChange7Days() { return change7Days; }
    public int getSessions14Days() { return sessions14Days; }
    public int getExpected14Days() { return expected14Days; }
    public int getAdherence() { return adherence; }
    public List<TrendFlag> getFlags() { return flags; }
    public boolean isFlagged() { return !flags.isEmpty(); }
}
