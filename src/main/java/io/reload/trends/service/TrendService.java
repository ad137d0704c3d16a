package io.reload.trends.service;

import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendFilter;
import io.reload.trends.domain.TrendRepository;
import io.reload.trends.domain.TrendSort;
import io.reload.trends.domain.TrendSources;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
    TrendSources sources;

    @Inject
    AuditTrail audit;

    /** A page of the dashboard, its phases named in the reader's language. */
    public List<TrendRow> page(DashboardQuery query, int first, int size, Locale reader) {
        TrendSort sort = sortOf(query.getSort());
        List<ClientTrend> page = trends.page(
                filterOf(query), sort, query.isAscending(), Math.max(0, first), Math.min(Math.max(1, size), 100));
        List<TrendRow> rows = rowsOf(page, reader);
        audit.viewedEach(rows, TrendRow::getClientId, TrendRow::getClientName, "pain trends (dashboard)");
        return rows;
    }

    public long count(DashboardQuery query) {
        return trends.count(filterOf(query));
    }

    /** The filtered, sorted table, every row up to the export's limit, for the CSV export. */
    public List<TrendRow> export(DashboardQuery query, Locale reader) {
        TrendSort sort = sortOf(query.getSort());
        List<ClientTrend> all = trends.page(filterOf(query), sort, query.isAscending(), 0, MAX_EXPORT);
        List<TrendRow> rows = rowsOf(all, reader);
        audit.viewedEach(rows, TrendRow::getClientId, TrendRow::getClientName, "pain trends export (CSV)");
        return rows;
    }

    private List<TrendRow> rowsOf(List<ClientTrend> page, Locale reader) {
        LocalDate today = keeper.today();
        PhaseNames names = PhaseNames.of(
                sources.phasesOf(page.stream().map(ClientTrend::getPlanId).toList()), reader);
        return page.stream()
                .map(trend -> new TrendRow(trend, today, names.of(trend)))
                .toList();
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
