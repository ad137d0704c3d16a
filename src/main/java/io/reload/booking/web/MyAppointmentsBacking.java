package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The client's screens, with reschedule and cancel while the cutoff allows. */
@ViewPage
public class MyAppointmentsBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    ClinicService clinic;

    private List<ScreenSummary> screens;

    public void load() {
        screens = booking.myScreens();
    }

    public List<ScreenSummary> getScreens() {
        return screens;
    }

    public boolean isNoUpcomingScreen() {
        return screens.stream().noneMatch(ScreenSummary::isBooked);
    }

    public long getCutoffHours() {
        return clinic.bookingRules().cancellationCutoff().toHours();
    }
}
