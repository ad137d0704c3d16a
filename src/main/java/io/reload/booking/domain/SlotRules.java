package io.reload.booking.domain;

import io.reload.clinic.domain.BookingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which start times a therapist can be booked at. Slots start at the beginning of the day's
 * working hours and follow each other at slot length plus buffer, in clinic time, so a 09:00
 * slot stays at 09:00 on the day the clocks change. A slot is free when it ends within the
 * working hours, the day is not time off, it is at least the minimum notice ahead and within
 * the booking horizon, and it keeps the buffer to every booked screen.
 */
public final class SlotRules {

    private final BookingRules rules;

    public SlotRules(BookingRules rules) {
        this.rules = rules;
    }

    /** The free slots of the therapist on the days from first to last (clinic dates, inclusive). */
    public List<Slot> freeSlots(TherapistCalendar calendar, LocalDate first, LocalDate last, Instant now) {
        List<Slot> free = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant start : slotStartsOn(calendar, day)) {
                if (problemWith(calendar, start, now).isEmpty()) {
                    free.add(new Slot(calendar.therapistId(), start, start.plus(rules.slotLength())));
                }
            }
        }
        return free;
    }

    /** Why the therapist cannot be booked at this start, or empty when they can. */
    public Optional<SlotProblem> problemWith(TherapistCalendar calendar, Instant start, Instant now) {
        if (!start.isAfter(now)) {
            return Optional.of(SlotProblem.IN_THE_PAST);
        }
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            return Optional.of(SlotProblem.TOO_SOON);
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            return Optional.of(SlotProblem.BEYOND_HORIZON);
        }
        LocalDate day = start.atZone(rules.zone()).toLocalDate();
        if (!slotStartsOn(calendar, day).contains(start)) {
            return Optional.of(SlotProblem.OUTSIDE_HOURS);
        }
        Interval wanted = new Interval(start, start.plus(rules.slotLength()));
        if (calendar.booked().stream().anyMatch(screen -> screen.clashesWith(wanted, rules.buffer()))) {
            return Optional.of(SlotProblem.TAKEN);
        }
        return Optional.empty();
    }

    private List<Instant> slotStartsOn(TherapistCalendar calendar, LocalDate day) {
        if (calendar.isOff(day)) {
            return List.of();
        }
        return calendar.hoursOn(day.getDayOfWeek())
                .map(hours -> slotStartsWithin(hours, day))
                .orElse(List.of());
    }

    private List<Instant> slotStartsWithin(DayHours hours, LocalDate day) {
        List<Instant> starts = new ArrayList<>();
        long step = rules.slotLength().plus(rules.buffer()).toMinutes();
        long length = rules.slotLength().toMinutes();
        for (LocalTime local = hours.from();
                fitsBefore(local, length, hours.until());
                local = local.plusMinutes(step)) {
            ZonedDateTime start = ZonedDateTime.of(day, local, rules.zone());
            // a local time the clocks skip (spring forward) is no slot
            if (start.toLocalTime().equals(local)) {
                starts.add(start.toInstant());
            }
            if (local.plusMinutes(step).isBefore(local)) {
                break; // past midnight
            }
        }
        return starts;
    }

    private static boolean fitsBefore(LocalTime start, long lengthMinutes, LocalTime until) {
        LocalTime end = start.plusMinutes(lengthMinutes);
        return end.isAfter(start) && !end.isAfter(until);
    }
}
