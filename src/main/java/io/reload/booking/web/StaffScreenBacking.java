package io.reload.booking.web;

import io.reload.booking.service.ClinicScheduleService;
import io.reload.booking.service.ScreenSummary;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;

/** Staff open a booked time on the Schedule: who, with whom, when, and the self-check it was booked with. */
@ViewPage
public class StaffScreenBacking extends ScreenPage {

    @Inject
    ClinicScheduleService schedule;

    @Override
    protected ScreenSummary find(long screenId) {
        return schedule.screen(screenId);
    }
}
