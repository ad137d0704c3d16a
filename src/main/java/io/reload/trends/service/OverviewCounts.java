package io.reload.trends.service;

import java.io.Serializable;

/** The Clinic overview's figures, each counted by the database (free slots by the slot rules). */
public class OverviewCounts implements Serializable {

    private final long activePlans;
    private final long flaggedClients;
    private final long screensThisWeek;
    private final long noShowsThisWeek;
    private final long freeSlotsLeftThisWeek;

    OverviewCounts(
            long activePlans,
            long flaggedClients,
            long screensThisWeek,
            long noShowsThisWeek,
            long freeSlotsLeftThisWeek) {
        this.activePlans = activePlans;
        this.flaggedClients = flaggedClients;
        this.screensThisWeek = screensThisWeek;
        this.noShowsThisWeek = noShowsThisWeek;
        this.freeSlotsLeftThisWeek = freeSlotsLeftThisWeek;
    }

    public long getActivePlans() {
        return activePlans;
    }

    public long getFlaggedClients() {
        return flaggedClients;
    }

    public long getScreensThisWeek() {
        return screensThisWeek;
    }

    public long getNoShowsThisWeek() {
        return noShowsThisWeek;
    }

    public long getFreeSlotsLeftThisWeek() {
        return freeSlotsLeftThisWeek;
    }
}
