package io.reload.trends.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Staff's start page: today's screens, the open and the acknowledged alerts, this week's figures. */
public class ClinicOverview implements Serializable {

    private final ZoneId zone;
    private final LocalDate today;
    private final List<TodayScreen> todaysScreens;
    private final List<ClinicAlert> openAlerts;
    private final List<ClinicAlert> acknowledgedAlerts;
    private final OverviewCounts counts;

    ClinicOverview(
            ZoneId zone,
            LocalDate today,
            List<TodayScreen> todaysScreens,
            List<ClinicAlert> openAlerts,
            List<ClinicAlert> acknowledgedAlerts,
            OverviewCounts counts) {
        this.zone = zone;
        this.today = today;
        this.todaysScreens = todaysScreens;
        this.openAlerts = openAlerts;
        this.acknowledgedAlerts = acknowledgedAlerts;
        this.counts = counts;
    }

    public ZoneId getZone() {
        return zone;
    }

    public LocalDate getToday() {
        return today;
    }

    public List<TodayScreen> getTodaysScreens() {
        return todaysScreens;
    }

    public List<ClinicAlert> getOpenAlerts() {
        return openAlerts;
    }

    public List<ClinicAlert> getAcknowledgedAlerts() {
        return acknowledgedAlerts;
    }

    public OverviewCounts getCounts() {
        return counts;
    }
}
