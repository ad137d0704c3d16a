package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.progress.service.ProgressService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The client's logged sessions, a page at a time, and the CSV export of all of them. */
@Named
@RequestScoped
public class HistoryBacking {

    @Inject
    ProgressService progress;

    private int page;
    private HistoryPage history;

    public void load() {
        history = progress.myHistory(page);
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(progress.myCsv().getBytes(StandardCharsets.UTF_8), "reload-sessions.csv", true);
    }

    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public HistoryPage getHistory() { return history; }
}
