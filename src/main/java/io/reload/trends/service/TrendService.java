package io.reload.trends.service;

import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendFilter;
import io.reload.trends.domain.TrendRepository;
import io.reload.trends.domain.TrendSort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff's dashboard of every active client's pain trend (journey 5): sorted, filtered and paged
 * in SQL, exported as CSV. Each page and export is written to the audit log.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class TrendService {

    /** An export holds at most this many rows (the clinic has a few thousand clients). */
    static final int MAX_EXPORT = 50_000;

    @Inject
    TrendRepository trends;

    @Inject
    TrendKeeper keeper;

    @Inject
    AuditTrail audit;

    public List<TrendRow> page(DashboardQuery query, int first, int size) {
        TrendSort sort = sortOf(query.getSort());
        LocalDate today = keeper.today();
        List<TrendRow> rows = trends
                .page(filterOf(query), sort, query.isAscending(), Math.max(0, first), Math.min(Math.max(1, size), 100))
                .stream()
                .map(trend -> new TrendRow(trend, today))
                .toList();
        audit.viewedEach(rows, TrendRow::getClientId, TrendRow::getClientName, "pain trends (dashboard)");
        return rows;
    }

    public long count(DashboardQuery query) {
        return trends.count(filterOf(query));
    }

    /** The filtered, sorted table, every row up to the export's limit, for the CSV export. */
    public List<TrendRow> export(DashboardQuery query) {
        TrendSort sort = sortOf(query.getSort());
        LocalDate today = keeper.today();
        List<ClientTrend> all = trends.page(filterOf(query), sort, query.isAscending(), 0, MAX_EXPORT);
        List<TrendRow> rows =
                all.stream().map(trend -> new TrendRow(trend, today)).toList();
        audit.viewedEach(rows, TrendRow::getClientId, TrendRow::getClientName, "pain trends export (CSV)");
        return rows;
    }

    /** The sort asked for, if it is one of the dashboard's columns; anything else is refused. */
    static TrendSort sortOf(String name) {
        return TrendSort.byParam(name == null ? DashboardQuery.DEFAULT_SORT : name)
                .orElseThrow(() -> new BusinessException("trends.sort.unknown"));
    }

    private static TrendFilter filterOf(DashboardQuery query) {
        return new TrendFilter(query.getTherapistId(), query.getFlag(), query.getName(), query.isFlaggedOnly());
    }
}
