package io.reload.trends.web;

import io.reload.progress.service.ProgressService;
import io.reload.progress.service.ProgressView;
import io.reload.protocol.service.PlanView;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/** From the dashboard to one client: their plan, its events, and their charts. */
@ViewPage
public class DrillDownBacking implements Serializable {

    @Inject
    ProgressService progress;

    private Long clientId;
    private PlanView plan;
    private ProgressView view;

    public void load() {
        progress.drillDown(clientId).ifPresent(found -> {
            plan = found.plan();
            view = found.progress();
        });
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public PlanView getPlan() {
        return plan;
    }

    public ProgressView getView() {
        return view;
    }
}
