package io.reload.booking.service;

import io.reload.account.domain.Account;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.TherapistCalendar;
import io.reload.booking.domain.TimeOff;
import io.reload.clinic.domain.BookingRules;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clinic's schedule as staff see it: for each day, a column per therapist with their screens
 * (cancelled ones left out), the times still free by the same rules a client books by, and time off.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ClinicScheduleService {

    /** Longer than a week view asks for: more would be a report, not a schedule. */
    private static final int MOST_DAYS = 7;

    @Inject
    ScheduleRepository schedule;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    /** The days from first to last (clinic dates, inclusive, at most a week). */
    public ClinicSchedule between(LocalDate first, LocalDate last) {
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MOST_DAYS) {
            throw new BusinessException("schedule.range.invalid");
        }
        BookingRules rules = calendars.rules();
        Instant from = first.atStartOfDay(rules.zone()).toInstant();
        Instant until = last.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        List<Account> therapists = schedule.therapists();
        Map<Long, List<TimeOff>> timeOff = schedule.timeOffBetween(first, last).stream()
                .collect(Collectors.groupingBy(off -> off.getTherapist().getId()));
        List<Long> ids = therapists.stream().map(Account::getId).toList();
        Map<Long, TherapistCalendar> calendarOf = calendars.ofEach(ids, null);
        Map<Long, List<Screen>> screensOf = ids.isEmpty()
                ? Map.of()
                : schedule.screensOfEach(ids, from, until).stream()
                        .collect(Collectors.groupingBy(
                                screen -> screen.getTherapist().getId()));
        Map<Long, Map<LocalDate, List<ScheduleEntry>>> entries = therapists.stream()
                .collect(Collectors.toMap(
                        Account::getId,
                        therapist -> entriesOf(
                                        therapist,
                                        calendarOf.get(therapist.getId()),
                                        screensOf.getOrDefault(therapist.getId(), List.of()),
                                        first,
                                        last,
                                        rules)
                                .collect(Collectors.groupingBy(
                                        entry -> entry.getStart().toLocalDate()))));
        List<ScheduleDay> days = first.datesUntil(last.plusDays(1))
                .map(day -> new ScheduleDay(
                        day,
                        therapists.stream()
                                .map(therapist -> new ScheduleCell(
                                        option(therapist),
                                        timeOffNote(timeOff.getOrDefault(therapist.getId(), List.of()), day),
                                        entries.get(therapist.getId()).getOrDefault(day, List.of())))
                                .toList()))
                .toList();
        return new ClinicSchedule(
                calendars.today(),
                rules.zone(),
                therapists.stream().map(ClinicScheduleService::option).toList(),
                days);
    }

    /** Today in the clinic's time zone: the day the Schedule opens on. */
    public LocalDate today() {
        return calendars.today();
    }

    /** Any therapist's screen, with the client's details: what a booked time on the schedule opens. */
    public ScreenSummary screen(long screenId) {
        ScreenSummary screen = schedule.screen(screenId)
                .map(found -> new ScreenSummary(found, calendars.rules().zone(), false))
                .orElseThrow(() -> new BusinessException("booking.screen.notFound"));
        audit.viewed(screen.getClientId(), screen.getClientName(), "schedule: screen, contact and self-check answers");
        return screen;
    }

    private Stream<ScheduleEntry> entriesOf(
            Account therapist,
            TherapistCalendar calendar,
            List<Screen> screens,
            LocalDate first,
            LocalDate last,
            BookingRules rules) {
        Stream<ScheduleEntry> booked =
                screens.stream().map(screen -> ScheduleEntry.booked(new ScreenSummary(screen, rules.zone(), false)));
        Stream<ScheduleEntry> free = calendars.slotRules().freeSlots(calendar, first, last, calendars.now()).stream()
                .map(slot -> ScheduleEntry.free(new SlotOffer(
                        therapist.getId(), therapist.getFullName(), slot.start(), slot.end(), rules.zone())));
        return Stream.concat(booked, free).sorted(Comparator.comparing(ScheduleEntry::getStart));
    }

    /** The note of the therapist's time off on that day ("" without one), or null when they work. */
    private static String timeOffNote(List<TimeOff> timeOff, LocalDate day) {
        return timeOff.stream()
                .filter(off -> off.days().contains(day))
                .findFirst()
                .map(off -> off.getNote() == null ? "" : off.getNote())
                .orElse(null);
    }

    private static TherapistOption option(Account therapist) {
        return new TherapistOption(therapist.getId(), therapist.getFullName());
    }
}
