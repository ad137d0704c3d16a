package io.reload.trends.web;

import io.reload.shared.web.ViewPage;
import io.reload.trends.service.AuditLogService;
import io.reload.trends.service.AuditRow;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Staff read the audit log, filtered by viewer, client and UTC days; the filters are in the URL. */
@ViewPage
public class AuditLogBacking implements Serializable {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditLogService auditLog;

    private String viewer;
    private String client;
    private LocalDate from;
    private LocalDate until;
    private int page;
    private List<AuditRow> rows;
    private long total;

    public void load() {
        page = Math.max(0, page);
        rows = auditLog.page(viewer, client, from, until, page * PAGE_SIZE, PAGE_SIZE);
        total = auditLog.count(viewer, client, from, until);
    }

    public String apply() {
        return "/staff/audit?faces-redirect=true&includeViewParams=true";
    }

    public String utc(Instant instant) {
        return UTC.format(instant);
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return page >= getPageCount() - 1;
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public String getViewer() {
        return viewer;
    }

    public void setViewer(String viewer) {
        this.viewer = viewer;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
