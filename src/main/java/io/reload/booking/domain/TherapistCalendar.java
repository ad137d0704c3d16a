package io.reload.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the slot rules need to know about one therapist: hours, time off and screens already booked. */
public record TherapistCalendar(
        long therapistId, List<DayHours> weeklyHours, List<DateRange> timeOff, List<Interval> booked) {

    public TherapistCalendar {
        weeklyHours = List.copyOf(weeklyHours);
        timeOff = List.copyOf(timeOff);
        booked = List.copyOf(booked);
    }

    Optional<DayHours> hoursOn(DayOfWeek day) {
        return weeklyHours.stream().filter(hours -> hours.day() == day).findFirst();
    }

    boolean isOff(LocalDate day) {
        return timeOff.stream().anyMatch(range -> range.contains(day));
    }
}
