package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.progress.service.ProgressService;
import io.reload.progress.service.ProgressView;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/** A therapist reads a client's charts and sessions, the same pages the client has. */
@ViewPage
public class ClientProgressBacking implements Serializable {

    @Inject
    ProgressService progress;

    private Long planId;
    private int page;
    private ProgressView view;
    private HistoryPage history;

    public void load() {
        view = progress.progressOfPlan(planId);
        history = progress.historyOfPlan(planId, page);
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(
                SessionCsv.of(progress.exportOfPlan(planId), Faces.getLocale()).getBytes(StandardCharsets.UTF_8),
                "reload-sessions-" + planId + ".csv",
                true);
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public ProgressView getView() {
        return view;
    }

    public HistoryPage getHistory() {
        return history;
    }
}
