package io.reload.protocol.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.service.FindingsForm;
import io.reload.protocol.service.FindingsService;
import io.reload.shared.audit.Amendment;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A therapist records the findings and the outcome of one of their screens. */
@ViewPage
public class RecordFindingsBacking implements Serializable {

    @Inject
    TherapistScheduleService schedule;

    @Inject
    FindingsService findings;

    private Long screenId;
    private ScreenSummary screen;
    private FindingsForm form;
    private List<Amendment> earlierValues;

    public void load() {
        screen = schedule.myScreen(screenId);
        form = findings.findingsFor(screenId);
        earlierValues = findings.earlierValues(screenId);
    }

    public void save() throws IOException {
        if (Changes.changed("findings", () -> findings.record(screenId, form))) {
            Changes.done("findings.saved", "therapist/screen.xhtml?id=" + screenId);
        }
    }

    public ScreenOutcome[] getOutcomes() {
        return ScreenOutcome.values();
    }
    /** What the findings said before each re-recording, newest first. */
    public List<Amendment> getEarlierValues() {
        return earlierValues;
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

    public FindingsForm getForm() {
        return form;
    }
}
