package io.reload.trends.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of the staff dashboard: a client's trend as last worked out. Derived data, keyed by the
 * client (one row per client with an active plan) and rewritten whole each time, so it has no
 * surrogate id and no version.
 */
@Entity
@Table(name = "client_trends")
public class ClientTrend {

    @Id
    @Column(name = "client_id")
    private long clientId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "client_name", nullable = false, length = 120)
    private String clientName;

    @Column(name = "therapist_name", nullable = false, length = 120)
    private String therapistName;

    @Column(name = "phase_position", nullable = false)
    private int phasePosition;

    @Column(name = "phase_name", nullable = false, length = 120)
    private String phaseName;

    @Column(name = "phase_started_on", nullable = false)
    private LocalDate phaseStartedOn;

    @Column(name = "last_pain")
    private Integer lastPain;

    @Column(name = "last_logged_on")
    private LocalDate lastLoggedOn;

    @Column(name = "change_7d")
    private Integer change7Days;

    @Column(name = "sessions_14d", nullable = false)
    private int sessions14Days;

    @Column(name = "expected_14d", nullable = false)
    private int expected14Days;

    @Column(nullable = false)
    private int adherence;

    @Column(name = "flag_moved_back", nullable = false)
    private boolean movedBack;

    @Column(name = "flag_worse_72h", nullable = false)
    private boolean worseAfter72Hours;

    @Column(name = "flag_no_improvement", nullable = false)
    private boolean noImprovement;

    @Column(name = "flag_red_flag", nullable = false)
    private boolean redFlag;

    @Column(name = "flag_emergency", nullable = false)
    private boolean emergencySelfCheck;

    @Column(name = "flag_missed_screen", nullable = false)
    private boolean missedScreen;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    /** 14 daily values, oldest first, comma-separated; empty where no session was logged. */
    @Column(nullable = false, length = 60)
    private String sparkline;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClientTrend() {
        // for JPA
    }

    public ClientTrend(long clientId) {
        this.clientId = clientId;
    }

    /** Who and where in the plan: the parts of the row that do not come from the trend. */
    public void describe(
            long plan,
            long therapist,
            String client,
            String therapistFullName,
            int position,
            String phase,
            LocalDate phaseStart) {
        this.planId = plan;
        this.therapistId = therapist;
        this.clientName = client;
        this.therapistName = therapistFullName;
        this.phasePosition = position;
        this.phaseName = phase;
        this.phaseStartedOn = phaseStart;
    }

    public void update(Trend trend, LocalDate today, Instant now) {
        this.lastPain = trend.lastPain();
        this.lastLoggedOn = trend.lastLoggedOn();
        this.change7Days = trend.change7Days();
        this.sessions14Days = trend.sessions14Days();
        this.expected14Days = trend.expected14Days();
        this.adherence = trend.adherencePercent();
        Set<TrendFlag> flags = trend.flags();
        this.movedBack = flags.contains(TrendFlag.MOVED_BACK);
        this.worseAfter72Hours = flags.contains(TrendFlag.WORSE_AFTER_72_HOURS);
        this.noImprovement = flags.contains(TrendFlag.NO_IMPROVEMENT);
        this.redFlag = flags.contains(TrendFlag.RED_FLAG);
        this.emergencySelfCheck = flags.contains(TrendFlag.EMERGENCY_SELF_CHECK);
        this.missedScreen = flags.contains(TrendFlag.MISSED_SCREEN);
        this.flagCount = flags.size();
        this.sparkline = trend.sparkline().stream()
                .map(value -> value == null ? "" : value.toString())
                .collect(Collectors.joining(","));
        this.computedOn = today;
        this.updatedAt = now;
    }

    public Set<TrendFlag> flags() {
        Set<TrendFlag> flags = EnumSet.noneOf(TrendFlag.class);
        if (movedBack) flags.add(TrendFlag.MOVED_BACK);
        if (worseAfter72Hours) flags.add(TrendFlag.WORSE_AFTER_72_HOURS);
        if (noImprovement) flags.add(TrendFlag.NO_IMPROVEMENT);
        if (redFlag) flags.add(TrendFlag.RED_FLAG);
        if (emergencySelfCheck) flags.add(TrendFlag.EMERGENCY_SELF_CHECK);
        if (missedScreen) flags.add(TrendFlag.MISSED_SCREEN);
        return flags;
    }

    /** The daily values of the sparkline, null where no session was logged. */
    public List<Integer> sparklineValues() {
        return Arrays.stream(sparkline.split(",", -1))
                .map(value -> value.isEmpty() ? null : Integer.valueOf(value))
                .toList();
    }

    public long getClientId() {
        return clientId;
    }

    public long getPlanId() {
        return planId;
    }

    public long getTherapistId() {
        return therapistId;
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

    public LocalDate getPhaseStartedOn() {
        return phaseStartedOn;
    }

    public Integer getLastPain() {
        return lastPain;
    }

    public LocalDate getLastLoggedOn() {
        return lastLoggedOn;
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

    public int getFlagCount() {
        return flagCount;
    }

    public LocalDate getComputedOn() {
        return computedOn;
    }
}
