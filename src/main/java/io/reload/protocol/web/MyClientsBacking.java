package io.reload.protocol.web;

import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanSummary;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** A therapist's clients with an active plan. */
@ViewPage
public class MyClientsBacking implements Serializable {

    @Inject
    PlanService plans;

    private List<PlanSummary> clients;

    public void load() {
        clients = plans.myClientsPlans();
    }

    public List<PlanSummary> getClients() {
        return clients;
    }
}
