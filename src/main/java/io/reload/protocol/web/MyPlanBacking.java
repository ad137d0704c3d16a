package io.reload.protocol.web;

import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The client's own plan, as it stands today. */
@Named
@RequestScoped
public class MyPlanBacking {

    @Inject
    PlanService plans;

    private PlanView plan;

    @PostConstruct
    void load() {
        plan = plans.myPlan().orElse(null);
    }

    public PlanView getPlan() { return plan; }
}
