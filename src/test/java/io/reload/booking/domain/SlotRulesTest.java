package io.reload.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.clinic.domain.BookingRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SlotRules RULES = new SlotRules(new BookingRules(
            LONDON,
            Duration.ofMinutes(45),
            Duration.ofMinutes(15),
            Duration.ofHours(2),
            Duration.ofDays(28),
            Duration.ofHours(24)));

    /** Monday 2026-11-23 */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static final Instant SUNDAY_NOON = at(LocalDate.of(2026, 11, 22), "12:00");

    private static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), LONDON).toInstant();
    }

    private static TherapistCalendar mondays9to12(List<DateRange> timeOff, List<Interval> booked) {
        return new TherapistCalendar(
                7, List.of(new DayHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), timeOff, booked);
    }

    private static List<String> localStarts(List<Slot> slots) {
        return slots.stream()
                .map(slot -> slot.start().atZone(LONDON).toLocalDateTime().toString())
                .toList();
    }

    @Test
    void slotsFollowEachOtherAtLengthPlusBufferAndEndWithinHours() {
        List<Slot> slots = RULES.freeSlots(mondays9to12(List.of(), List.of()), MONDAY, MONDAY.plusDays(6), SUNDAY_NOON);

        // 09:00-09:45, 10:00-10:45, 11:00-11:45; a 12:00 slot would end after closing
        assertEquals(List.of("2026-11-23T09:00", "2026-11-23T10:00", "2026-11-23T11:00"), localStarts(slots));
        assertEquals(
                Duration.ofMinutes(45),
                Duration.between(slots.get(0).start(), slots.get(0).end()));
        assertTrue(slots.stream().allMatch(slot -> slot.therapistId() == 7));
    }

    @Test
    void aSlotEndingExactlyAtClosingTimeIsOffered() {
        TherapistCalendar calendar = new TherapistCalendar(
                7,
                List.of(new DayHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 45))),
                List.of(),
                List.of());
        assertEquals(
                List.of("2026-11-23T09:00", "2026-11-23T10:00", "2026-11-23T11:00"),
                localStarts(RULES.freeSlots(calendar, MONDAY, MONDAY, SUNDAY_NOON)));
    }

    @Test
    void aBookedScreenTakesItsSlotAndTheBufferAroundIt() {
        Instant booked = at(MONDAY, "10:00");
        TherapistCalendar calendar =
                mondays9to12(List.of(), List.of(new Interval(booked, booked.plus(Duration.ofMinutes(45)))));

        assertEquals(
                List.of("2026-11-23T09:00", "2026-11-23T11:00"),
                localStarts(RULES.freeSlots(calendar, MONDAY, MONDAY, SUNDAY_NOON)));
        assertEquals(Optional.of(SlotProblem.TAKEN), RULES.problemWith(calendar, booked, SUNDAY_NOON));
    }

    @Test
    void aScreenBookedUnderOtherSettingsBlocksEverySlotItOverlapsWithinTheBuffer() {
        // booked 10:50-11:35 under an older slot length: 10:00 (ends 10:45, +15 buffer = 11:00) clashes, 09:00 does not
        Instant odd = at(MONDAY, "10:50");
        TherapistCalendar calendar =
                mondays9to12(List.of(), List.of(new Interval(odd, odd.plus(Duration.ofMinutes(45)))));

        assertEquals(List.of("2026-11-23T09:00"), localStarts(RULES.freeSlots(calendar, MONDAY, MONDAY, SUNDAY_NOON)));
    }

    @Test
    void noSlotsOnDaysOff() {
        TherapistCalendar calendar = mondays9to12(List.of(new DateRange(MONDAY, MONDAY)), List.of());

        assertTrue(RULES.freeSlots(calendar, MONDAY, MONDAY.plusDays(6), SUNDAY_NOON)
                .isEmpty());
        assertEquals(
                Optional.of(SlotProblem.OUTSIDE_HOURS), RULES.problemWith(calendar, at(MONDAY, "09:00"), SUNDAY_NOON));
    }

    @Test
    void minimumNoticeOfTwoHoursAtItsBoundary() {
        TherapistCalendar calendar = mondays9to12(List.of(), List.of());
        Instant nine = at(MONDAY, "09:00");

        assertEquals(Optional.empty(), RULES.problemWith(calendar, nine, nine.minus(Duration.ofHours(2))));
        assertEquals(
                Optional.of(SlotProblem.TOO_SOON),
                RULES.problemWith(
                        calendar, nine, nine.minus(Duration.ofHours(2)).plusSeconds(1)));
        assertEquals(
                List.of("2026-11-23T10:00", "2026-11-23T11:00"),
                localStarts(RULES.freeSlots(calendar, MONDAY, MONDAY, at(MONDAY, "07:30"))));
    }

    @Test
    void aStartInThePastIsRefusedAsSuch() {
        assertEquals(
                Optional.of(SlotProblem.IN_THE_PAST),
                RULES.problemWith(mondays9to12(List.of(), List.of()), at(MONDAY, "09:00"), at(MONDAY, "09:00")));
    }

    @Test
    void bookingHorizonOfFourWeeksAtItsBoundary() {
        TherapistCalendar calendar = mondays9to12(List.of(), List.of());
        Instant nine = at(MONDAY, "09:00");

        assertEquals(Optional.empty(), RULES.problemWith(calendar, nine, nine.minus(Duration.ofDays(28))));
        assertEquals(
                Optional.of(SlotProblem.BEYOND_HORIZON),
                RULES.problemWith(
                        calendar, nine, nine.minus(Duration.ofDays(28)).minusSeconds(1)));
    }

    @Test
    void aTimeBetweenSlotsOrOutsideHoursIsRefused() {
        TherapistCalendar calendar = mondays9to12(List.of(), List.of());
        assertEquals(
                Optional.of(SlotProblem.OUTSIDE_HOURS), RULES.problemWith(calendar, at(MONDAY, "09:30"), SUNDAY_NOON));
        assertEquals(
                Optional.of(SlotProblem.OUTSIDE_HOURS), RULES.problemWith(calendar, at(MONDAY, "13:00"), SUNDAY_NOON));
        assertEquals(
                Optional.of(SlotProblem.OUTSIDE_HOURS),
                RULES.problemWith(calendar, at(MONDAY.plusDays(1), "09:00"), SUNDAY_NOON));
    }

    @Test
    void slotsKeepTheirClinicTimeAcrossTheSpringChange() {
        // Clocks go forward on Sunday 2026-03-29 in London: Monday 09:00 is 08:00 UTC after it, 09:00 UTC the Monday
        // before
        LocalDate before = LocalDate.of(2026, 3, 23);
        LocalDate after = LocalDate.of(2026, 3, 30);
        TherapistCalendar calendar = mondays9to12(List.of(), List.of());
        List<Slot> slots = RULES.freeSlots(calendar, before, after, at(before.minusDays(1), "12:00"));

        assertEquals(
                List.of(
                        "2026-03-23T09:00",
                        "2026-03-23T10:00",
                        "2026-03-23T11:00",
                        "2026-03-30T09:00",
                        "2026-03-30T10:00",
                        "2026-03-30T11:00"),
                localStarts(slots));
        assertEquals(Instant.parse("2026-03-23T09:00:00Z"), slots.get(0).start());
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), slots.get(3).start());
    }

    @Test
    void aLocalTimeTheClocksSkipIsNoSlot() {
        // Sunday 2026-03-29 01:00-01:59 does not exist in London
        LocalDate springDay = LocalDate.of(2026, 3, 29);
        TherapistCalendar nightShift = new TherapistCalendar(
                7,
                List.of(new DayHours(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(3, 0))),
                List.of(),
                List.of());

        assertEquals(
                List.of("2026-03-29T00:00", "2026-03-29T02:00"),
                localStarts(RULES.freeSlots(nightShift, springDay, springDay, at(springDay.minusDays(2), "12:00"))));
    }

    @Test
    void slotsKeepTheirClinicTimeAcrossTheAutumnChange() {
        LocalDate after = LocalDate.of(2026, 10, 26); // the Monday after clocks go back on 25 October
        List<Slot> slots =
                RULES.freeSlots(mondays9to12(List.of(), List.of()), after, after, at(after.minusDays(2), "12:00"));

        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), slots.get(0).start());
        assertEquals("2026-10-26T09:00", localStarts(slots).get(0));
    }
}
