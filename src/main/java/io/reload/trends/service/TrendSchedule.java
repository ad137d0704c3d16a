package io.reload.trends.service;

import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.ClusterRounds;
import io.reload.trends.domain.TrendSources;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * A new clinic day moves the 7- and 14-day figures: every ten minutes the rows not yet worked out
 * today are, a batch at a time (10,000 clients take a few runs), each row in a transaction of its
 * own and locked while it is written. With several nodes, one takes each run ({@link ClusterRounds}).
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
    ClusterRounds rounds;

    @Resource
    SessionContext self;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyTenMinutes() {
        rounds.runInTurn(ClusterLocks.TREND_REFRESH, TURN, this::refreshStaleTrends);
    }

    /** Works out a batch of rows not yet worked out today, and drops rows whose plan ended; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int refreshStaleTrends() {
        LocalDate today = keeper.today();
        TrendSchedule each = self.getBusinessObject(TrendSchedule.class);
        var clients = sources.clientsToRefresh(today, BATCH);
        clients.forEach(client -> each.refresh(client, today));
        var ended = sources.trendsWithoutActivePlan(BATCH);
        ended.forEach(trend -> each.refresh(trend.getClientId(), today));
        if (!clients.isEmpty()) {
            LOG.info(() -> "Worked out the dashboard rows of " + clients.size() + " clients for " + today);
        }
        return clients.size() + ended.size();
    }

    /** One client's row, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refresh(long clientId, LocalDate today) {
        keeper.refresh(clientId, today);
    }
}
