package io.reload.protocol.web;

import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/** The client's own plan, as it stands today. */
@ViewPage
public class MyPlanBacking implements Serializable {

    @Inject
    PlanService plans;

    private PlanView plan;

    public void load() {
        plan = plans.myPlan().orElse(null);
    }

    public PlanView getPlan() {
        return plan;
    }
}
