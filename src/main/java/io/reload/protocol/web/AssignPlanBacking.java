package io.reload.protocol.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.AssignmentForm;
import io.reload.protocol.service.PlanAssignmentService;
import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateSummary;
import io.reload.protocol.service.TemplateView;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A therapist assigns a recovery plan after a screen: protocol, start, the client's numbers. */
@ViewPage
public class AssignPlanBacking implements Serializable {

    @Inject
    TherapistScheduleService schedule;

    @Inject
    PlanAssignmentService assignments;

    @Inject
    TemplateService templates;

    private Long screenId;
    private ScreenSummary screen;
    private AssignmentForm form;
    private List<TemplateSummary> protocols;
    private List<TemplateView.PhaseRow> phases;

    public void load() {
        screen = schedule.myScreen(screenId);
        form = assignments.newAssignment(screenId);
        protocols = templates.myTemplates();
        protocolChosen();
    }

    /** Another protocol was chosen: offer its phases, from the first. */
    public void protocolChosen() {
        phases = form.getTemplateId() == null ? List.of() : assignments.phasesOf(form.getTemplateId());
        form.setStartingPhase(1);
    }

    public void assign() throws IOException {
        Optional<Long> planId = Changes.made("assign", () -> assignments.assign(screenId, form));
        if (planId.isPresent()) {
            Changes.done("assign.saved", "therapist/plan.xhtml?id=" + planId.get());
        }
    }

    public WeightUnit[] getUnits() {
        return WeightUnit.values();
    }

    public Long getScreenId() {
        return screenId;
    }

    public void setScreenId(Long screenId) {
        this.screenId = screenId;
    }

    public ScreenSummary getScreen() {
        return screen;
    }

    public AssignmentForm getForm() {
        return form;
    }

    public List<TemplateSummary> getProtocols() {
        return protocols;
    }

    public List<TemplateView.PhaseRow> getPhases() {
        return phases;
    }
}
