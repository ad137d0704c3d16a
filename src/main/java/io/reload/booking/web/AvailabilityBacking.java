package io.reload.booking.web;

import io.reload.booking.service.AvailabilityService;
import io.reload.booking.service.TimeOffEntry;
import io.reload.booking.service.WeekdayHours;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** A therapist's weekly hours and time off. */
@Named
@RequestScoped
public class AvailabilityBacking {

    @Inject
    AvailabilityService availability;

    private List<WeekdayHours> week;
    private List<TimeOffEntry> timeOff;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String note;

    @PostConstruct
    void load() {
        week = availability.myWeeklyHours();
        timeOff = availability.myTimeOff();
    }

    public void saveHours() throws IOException {
        try {
            availability.saveMyWeeklyHours(week);
        } catch (BusinessException refusal) {
            // the refusal names the weekday: its message goes next to that day's hours
            Refusals.showAt("hours:days:" + rowOf(refusal) + ":until", refusal);
            return;
        }
        done("availability.hours.saved");
    }

    public void addTimeOff() throws IOException {
        try {
            availability.addMyTimeOff(firstDay, lastDay, note);
        } catch (BusinessException refusal) {
            Refusals.show("timeOff", refusal);
            return;
        }
        done("availability.timeOff.added");
    }

    public void removeTimeOff(long id) throws IOException {
        try {
            availability.removeMyTimeOff(id);
        } catch (BusinessException refusal) {
            Refusals.show("timeOffList", refusal);
            return;
        }
        done("availability.timeOff.removed");
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

    private void done(String messageKey) throws IOException {
        Messages.addFlashGlobalInfo(messageKey);
        Faces.redirect("therapist/availability.xhtml");
    }

    public List<WeekdayHours> getWeek() { return week; }
    public List<TimeOffEntry> getTimeOff() { return timeOff; }
    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
