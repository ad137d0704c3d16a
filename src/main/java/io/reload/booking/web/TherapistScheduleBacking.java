package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.clinic.service.ClinicService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** The therapist's start page: today's screens, then the rest of the coming week. */
@Named
@RequestScoped
public class TherapistScheduleBacking {

    @Inject
    TherapistScheduleService schedule;

    @Inject
    ClinicService clinic;

    private LocalDate today;
    private List<ScreenSummary> todays;
    private List<ScreenSummary> comingWeek;

    @PostConstruct
    void load() {
        today = LocalDate.now(clinic.profile().getTimeZone());
        todays = schedule.mySchedule(today, today);
        comingWeek = schedule.mySchedule(today.plusDays(1), today.plusDays(7));
    }

    public LocalDate getToday() { return today; }
    public List<ScreenSummary> getTodays() { return todays; }
    public List<ScreenSummary> getComingWeek() { return comingWeek; }
}
