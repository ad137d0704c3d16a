package io.reload.protocol.web;

import io.reload.protocol.service.PlanOverrideService;
import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import io.reload.shared.web.Changes;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;

/** A therapist reads a client's plan and overrides it: another phase, a load, or the end. */
@ViewPage
public class TherapistPlanBacking implements Serializable {

    @Inject
    PlanService plans;

    @Inject
    PlanOverrideService overrides;

    private Long planId;
    private PlanView plan;
    private Integer phase;
    private String lift;
    private BigDecimal load;
    private String phaseReason;
    private String loadReason;
    private String endReason;

    public void load() {
        plan = plans.plan(planId);
    }

    public void movePhase() throws IOException {
        change(
                "phaseForm",
                () -> overrides.movePhase(planId, phase == null ? -1 : phase, phaseReason),
                "override.saved");
    }

    public void setWorkingLoad() throws IOException {
        change("loadForm", () -> overrides.setLoad(planId, lift, load, loadReason), "override.saved");
    }

    public void end() throws IOException {
        change("endForm", () -> overrides.end(planId, endReason), "override.ended");
    }

    private void change(String formId, Runnable change, String doneKey) throws IOException {
        boolean changed = Changes.changed(change, refusal -> {
            Refusals.show(formId, refusal);
            load();
        });
        if (changed) {
            Changes.done(doneKey, "therapist/plan.xhtml?id=" + planId);
        }
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public PlanView getPlan() {
        return plan;
    }

    public Integer getPhase() {
        return phase;
    }

    public void setPhase(Integer phase) {
        this.phase = phase;
    }

    public String getLift() {
        return lift;
    }

    public void setLift(String lift) {
        this.lift = lift;
    }

    public BigDecimal getLoad() {
        return load;
    }

    public void setLoad(BigDecimal load) {
        this.load = load;
    }

    public String getPhaseReason() {
        return phaseReason;
    }

    public void setPhaseReason(String phaseReason) {
        this.phaseReason = phaseReason;
    }

    public String getLoadReason() {
        return loadReason;
    }

    public void setLoadReason(String loadReason) {
        this.loadReason = loadReason;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
