package io.reload.booking.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.booking.domain.DateRange;
import io.reload.booking.domain.DayHours;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.TimeOff;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A therapist's own weekly hours and time off. Changing them never cancels a booked screen:
 * the slot rules simply stop offering new times outside them.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class AvailabilityService {

    private static final LocalTime USUAL_START = LocalTime.of(9, 0);
    private static final LocalTime USUAL_END = LocalTime.of(17, 0);

    @Inject
    ScheduleRepository schedule;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Calendars calendars;

    /** Monday to Sunday; days without hours come pre-filled with usual hours, not ticked. */
    public List<WeekdayHours> myWeeklyHours() {
        Map<DayOfWeek, DayHours> saved = schedule
                .workingHoursOf(currentAccount.get().getId())
                .stream()
                .map(hours -> hours.toDayHours())
                .collect(Collectors.toMap(DayHours::day, Function.identity()));
        return Arrays.stream(DayOfWeek.values())
                .map(day -> saved.containsKey(day)
                        ? new WeekdayHours(
                                day, true, saved.get(day).from(), saved.get(day).until())
                        : new WeekdayHours(day, false, USUAL_START, USUAL_END))
                .toList();
    }

    public void saveMyWeeklyHours(List<WeekdayHours> week) {
        List<DayHours> working = week.stream()
                .filter(WeekdayHours::isWorking)
                .map(AvailabilityService::checked)
                .toList();
        schedule.replaceWorkingHours(currentAccount.get(), working);
    }

    public List<TimeOffEntry> myTimeOff() {
        return schedule.timeOffOf(currentAccount.get().getId(), calendars.today()).stream()
                .map(off -> new TimeOffEntry(off.getId(), off.getFirstDay(), off.getLastDay(), off.getNote()))
                .toList();
    }

    public void addMyTimeOff(LocalDate firstDay, LocalDate lastDay, String note) {
        if (firstDay == null) {
            throw new InvalidInputException("firstDay", "availability.timeOff.firstDay.required");
        }
        LocalDate last = lastDay == null ? firstDay : lastDay;
        if (last.isBefore(firstDay)) {
            throw new InvalidInputException("lastDay", "availability.timeOff.order");
        }
        if (last.isBefore(calendars.today())) {
            throw new InvalidInputException("lastDay", "availability.timeOff.past");
        }
        if (note != null && note.strip().length() > 200) {
            throw new InvalidInputException("note", "availability.timeOff.noteTooLong");
        }
        schedule.add(new TimeOff(currentAccount.get(), new DateRange(firstDay, last), note));
    }

    public void removeMyTimeOff(long timeOffId) {
        Account me = currentAccount.get();
        TimeOff off = schedule.timeOff(timeOffId)
                .filter(entry -> entry.getTherapist().getId().equals(me.getId()))
                .orElseThrow(() -> new BusinessException("availability.timeOff.notFound"));
        schedule.remove(off);
    }

    private static DayHours checked(WeekdayHours row) {
        if (row.getFrom() == null || row.getUntil() == null) {
            throw new InvalidInputException("hours", "availability.hours.required", row.getDay());
        }
        if (!row.getFrom().isBefore(row.getUntil())) {
            throw new InvalidInputException("hours", "availability.hours.order", row.getDay());
        }
        return new DayHours(row.getDay(), row.getFrom(), row.getUntil());
    }
}
