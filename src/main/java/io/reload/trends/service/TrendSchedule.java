package io.reload.trends.service;

import io.reload.shared.persistence.ClusterLocks;
import io.reload.trends.domain.TrendSources;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * A new clinic day moves the 7- and 14-day figures: every ten minutes the rows not yet worked out
 * today are, a batch at a time (10,000 clients take a few runs). With several nodes, one takes
 * each run ({@link ClusterLocks}); each row is locked while it is written besides.
 */
@Singleton
@PermitAll
public class TrendSchedule {

    static final int BATCH = 500;
    /** A run's turn ends before the next run, ten minutes on. */
    static final Duration TURN = Duration.ofMinutes(9);

    private static final Logger LOG = Logger.getLogger(TrendSchedule.class.getName());

    @Inject
    TrendKeeper keeper;

    @Inject
    TrendSources sources;

    @Inject
    ClusterLocks clusterLocks;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void everyTenMinutes() {
        if (clusterLocks.takeTurn(ClusterLocks.TREND_REFRESH, TURN)) {
            refreshStaleTrends();
        }
    }

    private void refreshStaleTrends() {
        LocalDate today = keeper.today();
        var clients = sources.clientsToRefresh(today, BATCH);
        clients.forEach(client -> keeper.refresh(client, today));
        sources.trendsWithoutActivePlan(BATCH).forEach(trend -> keeper.refresh(trend.getClientId(), today));
        if (!clients.isEmpty()) {
            LOG.info(() -> "Worked out the dashboard rows of " + clients.size() + " clients for " + today);
        }
    }
}
