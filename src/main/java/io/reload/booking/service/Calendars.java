package io.reload.booking.service;

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
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, rules().zone());
        return new TherapistCalendar(
                therapistId,
                schedule.workingHoursOf(therapistId).stream()
                        .map(WorkingHours::toDayHours)
                        .toList(),
                schedule.timeOffOf(therapistId, today).stream()
                        .map(TimeOff::days)
                        .toList(),
                schedule.activeScreensOf(therapistId, now).stream()
                        .filter(screen -> !Objects.equals(screen.getId(), screenBeingMoved))
                        .map(Screen::interval)
                        .toList());
    }
}
