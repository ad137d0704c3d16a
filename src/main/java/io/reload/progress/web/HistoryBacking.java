package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.progress.service.ProgressService;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/** The client's logged sessions, a page at a time, and the CSV export of all of them. */
@ViewPage
public class HistoryBacking implements Serializable {

    @Inject
    ProgressService progress;

    private int page;
    private HistoryPage history;

    public void load() {
        history = progress.myHistory(page);
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(
                SessionCsv.of(progress.myExport(), Faces.getLocale()).getBytes(StandardCharsets.UTF_8),
                "reload-sessions.csv",
                true);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public HistoryPage getHistory() {
        return history;
    }
}
