package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** A therapist opens one of their screens: who, when, the self-check answers, attendance. */
@ViewPage
public class ScreenDetailsBacking extends ScreenPage {

    @Inject
    TherapistScheduleService schedule;

    @Override
    protected ScreenSummary find(long screenId) {
        return schedule.openMyScreen(screenId);
    }

    public void markAttended() throws IOException {
        record(true);
    }

    public void markNoShow() throws IOException {
        record(false);
    }

    private void record(boolean attended) throws IOException {
        try {
            schedule.recordAttendance(getScreenId(), attended);
        } catch (BusinessException refusal) {
            Refusals.show("attendance", refusal);
            return;
        }
        Messages.addFlashGlobalInfo("screen.attendanceSaved");
        Faces.redirect("therapist/screen.xhtml?id=" + getScreenId());
    }
}
