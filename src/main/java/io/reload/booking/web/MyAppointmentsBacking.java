package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.clinic.service.ClinicService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The client's screens, with reschedule and cancel while the cutoff allows. */
@Named
@RequestScoped
public class MyAppointmentsBacking {

    @Inject
    BookingService booking;

    @Inject
    ClinicService clinic;

    private List<ScreenSummary> screens;

    @PostConstruct
    void load() {
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
