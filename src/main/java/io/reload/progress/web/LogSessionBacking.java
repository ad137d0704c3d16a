package io.reload.progress.web;

import io.reload.progress.domain.SessionSymptoms;
import io.reload.progress.service.SessionForm;
import io.reload.progress.service.SessionLogService;
import io.reload.progress.service.SessionResult;
import io.reload.protocol.web.ProtocolText;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import io.reload.triage.domain.Symptom;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The client logs today's session on the Today page; saving tells them what the plan did. */
@ViewPage // the form's rows (one per prescription) must be the same on the POST as on the GET
public class LogSessionBacking implements Serializable {

    @Inject
    SessionLogService sessionLogs;

    @Inject
    ProtocolText planWords;

    private SessionForm form;

    public void load() {
        form = sessionLogs.newSession().orElse(null);
    }

    public void save() throws IOException {
        Optional<SessionResult> logged = Changes.made("session", () -> sessionLogs.log(form));
        if (logged.isEmpty()) {
            return;
        }
        SessionResult result = logged.get();
        if (result.emergency()) {
            Messages.addFlashGlobalError("session.emergency");
        } else if (result.redFlag()) {
            Messages.addFlashGlobalWarn("session.redFlag");
        }
        Messages.addFlashGlobalInfo("session.saved");
        result.whatHappened().forEach(decision -> Messages.addFlashGlobalInfo(planWords.event(decision)));
        Faces.redirect("client/today.xhtml");
    }

    public List<Symptom> getSymptoms() {
        return SessionSymptoms.offered();
    }

    public SessionForm getForm() {
        return form;
    }
}
