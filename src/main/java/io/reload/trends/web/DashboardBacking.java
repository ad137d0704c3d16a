package io.reload.trends.web;

import io.reload.account.domain.Role;
import io.reload.account.service.PersonSummary;
import io.reload.account.service.TeamService;
import io.reload.shared.web.ViewPage;
import io.reload.trends.domain.TrendFlag;
import io.reload.trends.domain.TrendSort;
import io.reload.trends.service.DashboardQuery;
import io.reload.trends.service.TrendService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Staff's dashboard of pain trends. The filters and the sort are in the URL
 * (?therapist=&amp;flag=&amp;q=&amp;sort=&amp;order=), so a view can be bookmarked or sent on; the
 * table pages and re-sorts itself in place.
 */
@ViewPage
public class DashboardBacking implements Serializable {

    @Inject
    TrendService trends;

    @Inject
    TeamService team;

    private final DashboardQuery query = new DashboardQuery();
    private String order = "desc";
    private DashboardModel rows;
    private List<PersonSummary> therapists;

    public void load() {
        if (TrendSort.byParam(query.getSort()).isEmpty()) {
            Messages.addGlobalError("trends.sort.unknown");
            query.setSort(DashboardQuery.DEFAULT_SORT);
        }
        query.setAscending("asc".equals(order));
        therapists = team.team().stream()
                .filter(person -> person.getRole() == Role.THERAPIST)
                .toList();
        rows = new DashboardModel(trends, query);
    }

    /** Shows the filters in the URL, for a bookmarkable page. */
    public String applyFilters() {
        return "/staff/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(
                DashboardCsv.of(trends.export(query, Faces.getLocale()), Faces.getLocale())
                        .getBytes(StandardCharsets.UTF_8),
                "reload-pain-trends.csv",
                true);
    }

    public TrendFlag[] getFlags() {
        return TrendFlag.values();
    }

    public List<PersonSummary> getTherapists() {
        return therapists;
    }

    public DashboardQuery getQuery() {
        return query;
    }

    public DashboardModel getRows() {
        return rows;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
