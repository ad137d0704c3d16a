package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.inject.Inject;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.io.IOException;

/** A therapist opens one of their screens: who, when, the self-check answers, attendance. */
@ViewPage
public class ScreenDetailsBacking implements Serializable {

    @Inject
    TherapistScheduleService schedule;

    @Inject
    SelfCheckService selfChecks;

    private Long screenId;
    private ScreenSummary screen;
    private SelfCheckResult selfCheck;

    public void load() {
        screen = schedule.myScreen(screenId);
        selfCheck = screen.getSelfCheckId() == null ? null : selfChecks.byId(screen.getSelfCheckId());
    }

    public void markAttended() throws IOException {
        record(true);
    }

    public void markNoShow() throws IOException {
        record(false);
    }

    private void record(boolean attended) throws IOException {
        try {
            schedule.recordAttendance(screenId, attended);
        } catch (BusinessException refusal) {
            Refusals.show("attendance", refusal);
            return;
        }
        Messages.addFlashGlobalInfo("screen.attendanceSaved");
        Faces.redirect("therapist/screen.xhtml?id=" + screenId);
    }

    public Long getScreenId() { return screenId; }
    public void setScreenId(Long screenId) { this.screenId = screenId; }
    public ScreenSummary getScreen() { return screen; }
    public SelfCheckResult getSelfCheck() { return selfCheck; }
}
