package io.reload.account.web;

import io.reload.account.service.SecurityLogService;
import io.reload.shared.audit.SecurityEvent;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Staff's Security log: the events of accounts and access, filters in the URL, 50 a page. */
@ViewPage
public class SecurityLogBacking implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    SecurityLogService securityLog;

    private SecurityEventKind kind;
    private String email;
    private LocalDate from;
    private LocalDate until;
    private int page;
    private List<SecurityEvent> events;
    private long total;

    public void load() {
        page = Math.max(0, page);
        SecurityLogService.Filter filter = new SecurityLogService.Filter(kind, email, from, until);
        events = securityLog.page(filter, page * PAGE_SIZE, PAGE_SIZE);
        total = securityLog.count(filter);
    }

    public String apply() {
        return "/staff/security?faces-redirect=true&includeViewParams=true";
    }

    public SecurityEventKind[] getKinds() {
        return SecurityEventKind.values();
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

    public List<SecurityEvent> getEvents() {
        return events;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public void setKind(SecurityEventKind kind) {
        this.kind = kind;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
