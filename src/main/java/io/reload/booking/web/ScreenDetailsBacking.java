package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
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
        if (Changes.changed("attendance", () -> schedule.recordAttendance(getScreenId(), attended))) {
            Changes.done("screen.attendanceSaved", "therapist/screen.xhtml?id=" + getScreenId());
        }
    }
}
