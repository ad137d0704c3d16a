package io.reload.protocol.web;

import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A therapist's clients with an active plan. */
@Named
@RequestScoped
public class MyClientsBacking {

    @Inject
    PlanService plans;

    private List<PlanSummary> clients;

    @PostConstruct
    void load() {
        clients = plans.myClientsPlans();
    }

    public List<PlanSummary> getClients() { return clients; }
}
