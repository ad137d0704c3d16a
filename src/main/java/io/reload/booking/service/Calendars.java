package io.reload.booking.service;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import io.reload.booking.domain.DateRange;
import io.reload.booking.domain.DayHours;
import io.reload.booking.domain.Interval;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.SlotRules;
import io.reload.booking.domain.TherapistCalendar;
import io.reload.booking.domain.TimeOff;
import io.reload.booking.domain.WorkingHours;
import io.reload.clinic.domain.BookingRules;
import io.reload.clinic.service.ClinicService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads what the slot rules need from the database: the clinic's rules and a therapist's calendar. */
@Dependent
class Calendars {

    @Inject
    ScheduleRepository schedule;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    BookingRules rules() {
        return clinic.bookingRules();
    }

    SlotRules slotRules() {
        return new SlotRules(rules());
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), rules().zone());
    }

    /** The therapist's calendar from today on, leaving out the screen being moved (if any). */
    TherapistCalendar of(long therapistId, Long screenBeingMoved) {
        return ofEach(List.of(therapistId), screenBeingMoved).get(therapistId);
    }

    /**
     * The calendars of the therapists from today on, by therapist in the order given, leaving out
     * the screen being moved (if any): three statements for all of them (hours, time off,
     * screens), however many there are.
     */
    Map<Long, TherapistCalendar> ofEach(List<Long> therapistIds, Long screenBeingMoved) {
        if (therapistIds.isEmpty()) {
            return Map.of();
        }
        return calendarsOf(therapistIds, schedule.workingHoursOfEach(therapistIds), screenBeingMoved);
    }

    /** The calendars of every bookable therapist from today on, in three statements, when who they are does not matter. */
    Collection<TherapistCalendar> ofAllBookable() {
        List<WorkingHours> hours = schedule.workingHoursOfBookable();
        List<Long> therapistIds =
                hours.stream().map(WorkingHours::therapistId).distinct().toList();
        return therapistIds.isEmpty()
                ? List.of()
                : calendarsOf(therapistIds, hours, null).values();
    }

    private Map<Long, TherapistCalendar> calendarsOf(
            List<Long> therapistIds, List<WorkingHours> workingHours, Long screenBeingMoved) {
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, rules().zone());
        Map<Long, List<DayHours>> hours = workingHours.stream()
                .collect(groupingBy(WorkingHours::therapistId, mapping(WorkingHours::toDayHours, toList())));
        Map<Long, List<DateRange>> timeOff = schedule.timeOffOfEach(therapistIds, today).stream()
                .collect(groupingBy(off -> off.getTherapist().getId(), mapping(TimeOff::days, toList())));
        Map<Long, List<Interval>> booked = schedule.activeScreensOfEach(therapistIds, now).stream()
                .filter(screen -> !Objects.equals(screen.getId(), screenBeingMoved))
                .collect(groupingBy(screen -> screen.getTherapist().getId(), mapping(Screen::interval, toList())));
        Map<Long, TherapistCalendar> calendars = new LinkedHashMap<>();
        for (long therapistId : therapistIds) {
            calendars.put(
                    therapistId,
                    new TherapistCalendar(
                            therapistId,
                            hours.getOrDefault(therapistId, List.of()),
                            timeOff.getOrDefault(therapistId, List.of()),
                            booked.getOrDefault(therapistId, List.of())));
        }
        return calendars;
    }
}
