package io.reload.trends.web;

import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.PageTransaction;
import io.reload.trends.service.DashboardQuery;
import io.reload.trends.service.TrendRow;
import io.reload.trends.service.TrendService;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The dashboard table's rows, a page at a time from the service: PrimeFaces asks for a page and a
 * sort, the database sorts and pages. A sort the table asks for by a column name the service does
 * not know is refused there and shown as a message; the table falls back to flags first.
 */
public class DashboardModel extends LazyDataModel<TrendRow> {

    private final transient TrendService trends;
    private final DashboardQuery query;

    DashboardModel(TrendService trends, DashboardQuery query) {
        this.trends = trends;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) trends.count(query);
    }

    @Override
    public List<TrendRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sortBy.values().stream()
                .findFirst()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .ifPresent(meta -> {
                    query.setSort(meta.getField());
                    query.setAscending(meta.getOrder() == SortOrder.ASCENDING);
                });
        try {
            return trends.page(query, first, pageSize, Faces.getLocale());
        } catch (BusinessException refusal) {
            PageTransaction.renewIfRolledBack();
            Messages.addGlobalError(refusal.getMessageKey());
            query.setSort(DashboardQuery.DEFAULT_SORT);
            query.setAscending(false);
            return trends.page(query, first, pageSize, Faces.getLocale());
        }
    }

    @Override
    public String getRowKey(TrendRow row) {
        return String.valueOf(row.getClientId());
    }

    @Override
    public TrendRow getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
