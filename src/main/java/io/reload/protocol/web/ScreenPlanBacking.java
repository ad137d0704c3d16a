package io.reload.protocol.web;

import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.service.FindingsService;
import io.reload.protocol.service.PlanAssignmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The plan part of a screen's page: open the plan that came out of the screen, or assign one
 * once the findings say a plan is needed. The screen page belongs to booking, which knows
 * nothing of plans, so it includes this part by name.
 */
@Named
@RequestScoped
public class ScreenPlanBacking {

    @Inject
    PlanAssignmentService assignments;

    @Inject
    FindingsService findings;

    private Optional<Long> plan;
    private boolean planNeeded;

    /** The plan that came out of the screen, or null. */
    public Long planOf(long screenId) {
        load(screenId);
        return plan.orElse(null);
    }

    /** True when the findings say a plan is needed. */
    public boolean planNeeded(long screenId) {
        load(screenId);
        return planNeeded;
    }

    private void load(long screenId) {
        if (plan == null) {
            plan = assignments.planOfScreen(screenId);
            planNeeded = findings.findingsFor(screenId).getOutcome() == ScreenOutcome.PLAN_NEEDED;
        }
    }
}
