package io.reload.booking.web;

import io.reload.booking.service.ClinicSchedule;
import io.reload.booking.service.ClinicScheduleService;
import io.reload.booking.service.ScheduleDay;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Staff's Schedule: one day (a row per hour) or one week (a row per day), a column per
 * therapist. Without a day in the link it opens on today, in the clinic's time zone.
 */
@ViewPage
public class ClinicScheduleBacking implements Serializable {

    public enum View {
        DAY,
        WEEK
    }

    @Inject
    ClinicScheduleService service;

    private LocalDate day;
    private View view = View.DAY;
    private ClinicSchedule schedule;
    private List<HourRow> hours = List.of();

    public void load() {
        if (day == null) {
            day = service.today();
        }
        if (view == View.WEEK) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            schedule = service.between(monday, monday.plusDays(6));
        } else {
            schedule = service.between(day, day);
            hours = HourRow.of(schedule.getDays().get(0));
        }
    }

    public boolean isWeekView() {
        return view == View.WEEK;
    }

    /** The days before and after this one, or the weeks before and after this week. */
    public LocalDate getPrevious() {
        return view == View.WEEK ? day.minusWeeks(1) : day.minusDays(1);
    }

    public LocalDate getNext() {
        return view == View.WEEK ? day.plusWeeks(1) : day.plusDays(1);
    }

    public ScheduleDay getTheDay() {
        return schedule.getDays().get(0);
    }

    public LocalDate getMonday() {
        return schedule.getDays().get(0).getDate();
    }

    public LocalDate getSunday() {
        return schedule.getDays().get(schedule.getDays().size() - 1).getDate();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public View getView() {
        return view;
    }

    public void setView(View view) {
        this.view = view == null ? View.DAY : view;
    }

    public ClinicSchedule getSchedule() {
        return schedule;
    }
    /** The day view's rows: the hours in which anyone works or is booked. */
    public List<HourRow> getHours() {
        return hours;
    }
}
