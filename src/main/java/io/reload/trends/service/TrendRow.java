package io.reload.trends.service;

import io.reload.protocol.domain.PainScore;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendFlag;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A dashboard row: a client's trend as of today, with the pain after each of the last days' sessions. */
public class TrendRow implements Serializable {

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

    /** @param phaseName the name of the trend's phase in the reader's language */
    TrendRow(ClientTrend trend, LocalDate today, String phaseName) {
        this.clientId = trend.getClientId();
        this.clientName = trend.getClientName();
        this.therapistName = trend.getTherapistName();
        this.phasePosition = trend.getPhasePosition();
        this.phaseName = phaseName;
        this.daysInPhase = ChronoUnit.DAYS.between(trend.getPhaseStartedOn(), today) + 1;
        this.lastPain = trend.getLastPain();
        this.change7Days = trend.getChange7Days();
        this.sessions14Days = trend.getSessions14Days();
        this.expected14Days = trend.getExpected14Days();
        this.adherence = trend.getAdherence();
        this.flags = new ArrayList<>(trend.flags());
        this.sparkline = new ArrayList<>(trend.sparklineValues());
    }

    /** Pain after the session of each of the last days, oldest first; null on a day without one. */
    public List<Integer> getSparkline() {
        return sparkline;
    }

    public boolean isRealChange() {
        return change7Days != null && PainScore.isRealChange(change7Days);
    }

    public long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public int getPhasePosition() {
        return phasePosition;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public long getDaysInPhase() {
        return daysInPhase;
    }

    public Integer getLastPain() {
        return lastPain;
    }

    public Integer getChange7Days() {
        return change7Days;
    }

    public int getSessions14Days() {
        return sessions14Days;
    }

    public int getExpected14Days() {
        return expected14Days;
    }

    public int getAdherence() {
        return adherence;
    }

    public List<TrendFlag> getFlags() {
        return flags;
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }
}
