package io.reload.booking.web;

import io.reload.booking.service.AvailabilityService;
import io.reload.booking.service.TimeOffEntry;
import io.reload.booking.service.WeekdayHours;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Changes;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A therapist's weekly hours and time off. */
@ViewPage
public class AvailabilityBacking implements Serializable {

    @Inject
    AvailabilityService availability;

    private List<WeekdayHours> week;
    private List<TimeOffEntry> timeOff;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String note;

    public void load() {
        week = availability.myWeeklyHours();
        timeOff = availability.myTimeOff();
    }

    public void saveHours() throws IOException {
        // the refusal names the weekday: its message goes next to that day's hours
        if (Changes.changed(
                () -> availability.saveMyWeeklyHours(week),
                refusal -> Refusals.showAt("hours:days:" + rowOf(refusal) + ":until", refusal))) {
            done("availability.hours.saved");
        }
    }

    public void addTimeOff() throws IOException {
        if (Changes.changed("timeOff", () -> availability.addMyTimeOff(firstDay, lastDay, note))) {
            done("availability.timeOff.added");
        }
    }

    public void removeTimeOff(long id) throws IOException {
        if (Changes.changed("timeOffList", () -> availability.removeMyTimeOff(id))) {
            done("availability.timeOff.removed");
        }
    }

    /** The row of the weekday a refusal of the hours names, or -1. */
    private int rowOf(BusinessException refusal) {
        List<Object> named = List.of(refusal.getParameters());
        for (int row = 0; row < week.size(); row++) {
            if (named.contains(week.get(row).getDay())) {
                return row;
            }
        }
        return -1;
    }

    private static void done(String messageKey) throws IOException {
        Changes.done(messageKey, "therapist/availability.xhtml");
    }

    public List<WeekdayHours> getWeek() {
        return week;
    }

    public List<TimeOffEntry> getTimeOff() {
        return timeOff;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
