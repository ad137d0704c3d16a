package io.reload.protocol.web;

import io.reload.protocol.domain.PlanLine;
import io.reload.protocol.service.PlanService;
import io.reload.shared.domain.PageOfRows;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/** A therapist's clients with an active plan, a page at a time. */
@ViewPage
public class MyClientsBacking implements Serializable {

    @Inject
    PlanService plans;

    private int page;

    private PageOfRows<PlanLine> clients;

    public void load() {
        clients = plans.myClientsPlans(page);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public PageOfRows<PlanLine> getClients() {
        return clients;
    }
}
