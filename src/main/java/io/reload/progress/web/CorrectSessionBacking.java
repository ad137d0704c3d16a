package io.reload.progress.web;

import io.reload.progress.service.CorrectionForm;
import io.reload.progress.service.ProgressService;
import io.reload.shared.audit.Amendment;
import io.reload.shared.text.Wording;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The client corrects a past session, and is told exactly what changed. */
@ViewPage
public class CorrectSessionBacking implements Serializable {

    @Inject
    ProgressService progress;

    private Long sessionId;
    private CorrectionForm form;
    private List<Amendment> earlierValues;

    public void load() {
        form = progress.sessionForCorrection(sessionId);
        earlierValues = progress.earlierValuesOfMySession(sessionId);
    }

    public void save() throws IOException {
        Optional<List<Wording>> corrected = Changes.made("correct", () -> progress.correct(form));
        if (corrected.isEmpty()) {
            return;
        }
        List<Wording> changes = corrected.get();
        if (changes.isEmpty()) {
            Messages.addFlashGlobalInfo("history.change.none");
        } else {
            Messages.addFlashGlobalInfo("correct.saved");
            changes.forEach(change -> Messages.addFlashGlobalInfo(change.key(), change.args()));
        }
        Faces.redirect("client/history.xhtml");
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public CorrectionForm getForm() {
        return form;
    }
    /** What the session said before each correction, newest first. */
    public List<Amendment> getEarlierValues() {
        return earlierValues;
    }
}
