package io.reload.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.booking.domain.ScreenStatus;
import io.reload.booking.domain.SlotProblem;
import io.reload.booking.domain.Urgency;
import io.reload.booking.service.BookingService;
import io.reload.booking.service.ClinicSchedule;
import io.reload.booking.service.ClinicScheduleService;
import io.reload.booking.service.ScheduleCell;
import io.reload.booking.service.ScheduleEntry;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.SlotChoice;
import io.reload.booking.service.SlotOffer;
import io.reload.booking.service.SlotOffersService;
import io.reload.booking.service.SlotUnavailableException;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.shared.domain.BusinessException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import io.reload.triage.domain.Symptom;
import io.reload.triage.service.SelfCheckService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Booking against the real database: races, refusals, ownership, urgency. */
@ServiceTest
class BookingServicesIT {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");

    @Inject
    BookingService booking;

    @Inject
    SlotOffersService offers;

    @Inject
    TherapistScheduleService therapistSchedule;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    ClinicScheduleService clinicSchedule;

    @Inject
    TestData data;

    @Inject
    AsStaff asStaff;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    private long therapist;

    @BeforeEach
    void aTherapistWorkingEveryDay() {
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
        therapist = data.newTherapistWorkingDaily(LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    private List<SlotOffer> freeTimesOf(long therapistId) throws Exception {
        LocalDate day = LocalDate.now(CLINIC).plusDays(2);
        return asStaff.call(() -> offers.week(therapistId, day, null)).getDays().stream()
                .flatMap(d -> d.getOffers().stream())
                .toList();
    }

    private Callable<ScreenSummary> staffBooks(long client, SlotChoice choice) {
        return () -> asStaff.call(() -> booking.bookOnBehalf(client, choice, null));
    }

    /** Runs every task at the same moment; sorts outcomes into successes, "taken", and anything else. */
    private static Outcomes race(List<Callable<ScreenSummary>> tasks) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ScreenSummary>> futures = new ArrayList<>();
            for (Callable<ScreenSummary> task : tasks) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            Outcomes outcomes = new Outcomes();
            for (Future<ScreenSummary> future : futures) {
                try {
                    outcomes.won.add(future.get(3, TimeUnit.MINUTES));
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof SlotUnavailableException taken
                            && taken.getProblem() == SlotProblem.TAKEN) {
                        outcomes.taken++;
                    } else {
                        outcomes.other.add(failed.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException stuck) {
                    outcomes.other.add(stuck);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static final class Outcomes {
        final List<ScreenSummary> won = new ArrayList<>();
        int taken;
        final List<Throwable> other = new ArrayList<>();
    }

    @Test
    void sixtyFourClientsRaceForOneSlotAndExactlyOneGetsIt() throws Exception {
        SlotOffer slot = freeTimesOf(therapist).get(0);
        List<Callable<ScreenSummary>> bookings = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bookings.add(staffBooks(
                    data.newAccount("Racer", Role.CLIENT),
                    SlotChoice.withTherapist(therapist, slot.getStartInstant())));
        }

        Outcomes outcomes = race(bookings);

        assertEquals(List.of(), outcomes.other, "no error other than 'just taken'");
        assertEquals(1, outcomes.won.size());
        assertEquals(63, outcomes.taken);
        assertEquals(1, data.countScreensHolding(therapist, slot.getStartInstant()));
    }

    @Test
    void aRescheduleRacingBookingsForTheSameSlotLetsExactlyOneWin() throws Exception {
        List<SlotOffer> free = freeTimesOf(therapist);
        Instant wanted = free.get(1).getStartInstant();
        ScreenSummary moving = staffBooks(
                        data.newAccount("Mover", Role.CLIENT),
                        SlotChoice.withTherapist(therapist, free.get(0).getStartInstant()))
                .call();

        List<Callable<ScreenSummary>> contenders = new ArrayList<>();
        contenders.add(() ->
                asStaff.call(() -> booking.reschedule(moving.getId(), SlotChoice.withTherapist(therapist, wanted))));
        for (int i = 0; i < 15; i++) {
            contenders.add(
                    staffBooks(data.newAccount("Booker", Role.CLIENT), SlotChoice.withTherapist(therapist, wanted)));
        }

        Outcomes outcomes = race(contenders);

        assertEquals(List.of(), outcomes.other);
        assertEquals(1, outcomes.won.size());
        assertEquals(15, outcomes.taken);
        assertEquals(1, data.countScreensHolding(therapist, wanted));
    }

    @Test
    void firstAvailableBooksWhoeverIsFreeAndACancelledSlotIsFreeAgain() throws Exception {
        Instant start = freeTimesOf(therapist).get(0).getStartInstant();
        long client = data.newAccount("Anyone", Role.CLIENT);

        ScreenSummary booked =
                staffBooks(client, SlotChoice.withTherapist(therapist, start)).call();
        assertFalse(freeTimesOf(therapist).stream()
                .anyMatch(offer -> offer.getStartInstant().equals(start)));

        asStaff.call(() -> {
            booking.cancel(booked.getId());
            return null;
        });
        assertTrue(freeTimesOf(therapist).stream()
                .anyMatch(offer -> offer.getStartInstant().equals(start)));
        ScreenSummary again = staffBooks(
                        data.newAccount("Next", Role.CLIENT), SlotChoice.withTherapist(therapist, start))
                .call();
        assertEquals(ScreenStatus.BOOKED, again.getStatus());
        assertEquals(
                ScreenStatus.CANCELLED,
                asStaff.call(() -> booking.screen(booked.getId())).getStatus());
    }

    @Test
    void eachBadTimeHasItsOwnRefusalAndNothingIsSaved() throws Exception {
        long client = data.newAccount("Picky", Role.CLIENT);
        Instant firstFree = freeTimesOf(therapist).get(0).getStartInstant();

        assertEquals(SlotProblem.IN_THE_PAST, refusal(client, Instant.now().minus(Duration.ofDays(1))));
        assertEquals(SlotProblem.OUTSIDE_HOURS, refusal(client, firstFree.plus(Duration.ofMinutes(20))));
        assertEquals(SlotProblem.BEYOND_HORIZON, refusal(client, firstFree.plus(Duration.ofDays(35))));
        assertTrue(asStaff.call(() -> booking.screensOfClient(client)).isEmpty());
    }

    private SlotProblem refusal(long client, Instant start) {
        return assertThrows(
                        SlotUnavailableException.class,
                        staffBooks(client, SlotChoice.withTherapist(therapist, start))::call)
                .getProblem();
    }

    @Test
    void aClientHasAtMostOneUpcomingScreen() throws Exception {
        long client = data.newAccount("Eager", Role.CLIENT);
        List<SlotOffer> free = freeTimesOf(therapist);
        staffBooks(client, SlotChoice.withTherapist(therapist, free.get(0).getStartInstant()))
                .call();

        var refusal = assertThrows(
                BusinessException.class,
                staffBooks(
                        client, SlotChoice.withTherapist(therapist, free.get(1).getStartInstant()))::call);
        assertEquals("booking.client.hasUpcoming", refusal.getMessageKey());
    }

    @Test
    void aClientCannotCancelAfterTheCutoffNorTouchAnotherClientsScreen() throws Exception {
        long me = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        Instant soon = Instant.now().plus(Duration.ofHours(3));
        long mine = data.screen(me, therapist, soon, soon.plus(Duration.ofMinutes(45)));
        long someoneElses = staffBooks(
                        data.newAccount("Other", Role.CLIENT),
                        SlotChoice.withTherapist(
                                therapist, freeTimesOf(therapist).get(0).getStartInstant()))
                .call()
                .getId();
        try {
            var tooLate = assertThrows(
                    BusinessException.class,
                    () -> asClient.call(() -> {
                        booking.cancel(mine);
                        return null;
                    }));
            assertEquals("booking.cutoffPassed", tooLate.getMessageKey());

            var notYours = assertThrows(
                    BusinessException.class,
                    () -> asClient.call(() -> {
                        booking.cancel(someoneElses);
                        return null;
                    }));
            assertEquals("booking.screen.notFound", notYours.getMessageKey());
            assertThrows(BusinessException.class, () -> asClient.call(() -> booking.screen(someoneElses)));
            assertEquals(
                    ScreenStatus.BOOKED,
                    asStaff.call(() -> booking.screen(someoneElses)).getStatus());
        } finally {
            // staff may cancel after the cutoff: frees the run-as client for other tests
            asStaff.call(() -> {
                booking.cancel(mine);
                return null;
            });
        }
    }

    @Test
    void aRedFlagSelfCheckMakesTheScreenUrgentAndAnEmergencyCannotBook() throws Exception {
        String redFlag = selfChecks.submit(Set.of(Symptom.NUMBNESS)).getToken();
        String emergency = selfChecks
                .submit(Set.of(Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL))
                .getToken();
        Instant start = freeTimesOf(therapist).get(0).getStartInstant();

        ScreenSummary urgent = asStaff.call(() -> booking.bookOnBehalf(
                data.newAccount("Numb", Role.CLIENT), SlotChoice.withTherapist(therapist, start), redFlag));
        assertEquals(Urgency.URGENT, urgent.getUrgency());

        var refused = assertThrows(
                BusinessException.class,
                () -> asStaff.call(() -> booking.bookOnBehalf(
                        data.newAccount("Emergency", Role.CLIENT),
                        SlotChoice.withTherapist(
                                therapist, freeTimesOf(therapist).get(0).getStartInstant()),
                        emergency)));
        assertEquals("booking.selfCheck.emergency", refused.getMessageKey());
    }

    @Test
    void aTherapistRecordsAttendanceOnlyOnTheirOwnScreens() throws Exception {
        long me = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        Instant earlier = Instant.now().minus(Duration.ofHours(1));
        long mine =
                data.screen(data.newAccount("Seen", Role.CLIENT), me, earlier, earlier.plus(Duration.ofMinutes(45)));
        long notMine = data.screen(
                data.newAccount("Elsewhere", Role.CLIENT), therapist, earlier, earlier.plus(Duration.ofMinutes(45)));

        assertEquals(
                ScreenStatus.ATTENDED,
                asTherapist
                        .call(() -> therapistSchedule.recordAttendance(mine, true))
                        .getStatus());
        var refusal = assertThrows(
                BusinessException.class,
                () -> asTherapist.call(() -> therapistSchedule.recordAttendance(notMine, false)));
        assertEquals("booking.screen.notFound", refusal.getMessageKey());
    }

    @Test
    void staffSeeEveryTherapistsScreensFreeTimesAndTimeOffSideBySide() throws Exception {
        long colleague = data.newTherapistWorkingDaily(LocalTime.of(8, 0), LocalTime.of(18, 0));
        LocalDate day = LocalDate.now(CLINIC).plusDays(3);
        List<Instant> startsThatDay = asStaff.call(() -> offers.week(therapist, day, null)).getDays().stream()
                .filter(dayOfOffers -> dayOfOffers.getDate().equals(day))
                .flatMap(dayOfOffers -> dayOfOffers.getOffers().stream())
                .map(SlotOffer::getStartInstant)
                .toList();
        Instant second = startsThatDay.get(1);
        long booked = data.screen(
                data.newAccount("Scheduled", Role.CLIENT), therapist, second, second.plus(Duration.ofMinutes(45)));
        long cancelled = data.screen(
                data.newAccount("Called off", Role.CLIENT),
                therapist,
                startsThatDay.get(3),
                startsThatDay.get(3).plus(Duration.ofMinutes(45)));
        data.cancelScreen(cancelled);
        data.timeOff(colleague, day, day.plusDays(1), "Course");

        ClinicSchedule schedule = asStaff.call(() -> clinicSchedule.between(day, day));

        ScheduleCell mine = cellOf(schedule, therapist);
        assertEquals(
                List.of(booked),
                mine.getEntries().stream()
                        .filter(entry -> !entry.isFree())
                        .map(entry -> entry.getScreen().getId())
                        .toList(),
                "the booked screen shows, the cancelled one does not");
        List<Instant> freeStarts = mine.getEntries().stream()
                .filter(ScheduleEntry::isFree)
                .map(entry -> entry.getStart().toInstant())
                .toList();
        assertFalse(freeStarts.contains(second), "a booked time is not offered as free");
        assertTrue(freeStarts.contains(startsThatDay.get(3)), "a cancelled screen's time is free again");
        assertEquals(startsThatDay.size() - 1, freeStarts.size());
        List<Instant> inOrder = mine.getEntries().stream()
                .map(entry -> entry.getStart().toInstant())
                .toList();
        assertEquals(inOrder.stream().sorted().toList(), inOrder, "screens and free times in time order");

        ScheduleCell theirs = cellOf(schedule, colleague);
        assertTrue(theirs.isOff());
        assertEquals("Course", theirs.getTimeOffNote());
        assertTrue(theirs.getEntries().isEmpty(), "no free times on a day off");
        assertFalse(cellOf(asStaff.call(() -> clinicSchedule.between(day.plusDays(2), day.plusDays(2))), colleague)
                .isOff());

        assertEquals(
                7,
                asStaff.call(() -> clinicSchedule.between(day, day.plusDays(6)))
                        .getDays()
                        .size());
        var tooLong = assertThrows(
                BusinessException.class, () -> asStaff.call(() -> clinicSchedule.between(day, day.plusDays(7))));
        assertEquals("schedule.range.invalid", tooLong.getMessageKey());
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> clinicSchedule.between(day, day)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> clinicSchedule.screen(booked)));
        assertEquals(
                "Scheduled", asStaff.call(() -> clinicSchedule.screen(booked)).getClientName());
    }

    private static ScheduleCell cellOf(ClinicSchedule schedule, long therapistId) {
        return schedule.getDays().get(0).getCells().stream()
                .filter(cell -> cell.getTherapist().getId() == therapistId)
                .findFirst()
                .orElseThrow();
    }
}
