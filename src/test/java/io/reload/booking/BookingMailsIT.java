package io.reload.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.service.BookingService;
import io.reload.booking.service.ReminderJob;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.SlotChoice;
import io.reload.booking.service.SlotOffer;
import io.reload.booking.service.SlotOffersService;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.MailCatcher;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mails about a screen, caught by GreenMail inside the server: times in body and .ics. */
@ServiceTest
class BookingMailsIT {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter SUBJECT_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    BookingService booking;

    @Inject
    SlotOffersService offers;

    @Inject
    ReminderJob reminders;

    @Inject
    ScheduleRepository schedule;

    @Inject
    AccountRepository accounts;

    @Inject
    TestData data;

    @Inject
    AsStaff asStaff;

    private MailCatcher mail;
    private long therapist;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
        therapist = data.newTherapistWorkingDaily(LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private SlotOffer freeTime(int index) throws Exception {
        return asStaff.call(() -> offers.week(therapist, LocalDate.now(CLINIC).plusDays(2), null)).getDays().stream()
                .flatMap(day -> day.getOffers().stream())
                .toList()
                .get(index);
    }

    private String emailOf(long accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }

    /** A booked screen of the client with the test's therapist, 45 minutes from the given start. */
    private long screenAt(long client, Instant start) {
        return data.screen(client, therapist, start, start.plus(Duration.ofMinutes(45)));
    }

    @Test
    void bookingMovingAndCancellingEachSendAMailWithTheTimeInBodyAndCalendarFile() throws Exception {
        long client = data.newAccount("Mailed", Role.CLIENT);
        String email = emailOf(client);
        SlotOffer first = freeTime(0);
        SlotOffer second = freeTime(1);

        ScreenSummary booked = asStaff.call(
                () -> booking.bookOnBehalf(client, SlotChoice.withTherapist(therapist, first.getStartInstant()), null));
        MimeMessage confirmation = mail.awaitMail(email, "Your free screen on", PATIENCE);
        String localStart = first.getStart().format(SUBJECT_TIME);
        assertTrue(confirmation.getSubject().contains(localStart), confirmation.getSubject());
        String ics = MailCatcher.partText(confirmation, "text/calendar");
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + first.getStart().format(ICS_LOCAL)), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/London:" + first.getEnd().format(ICS_LOCAL)), ics);
        assertTrue(ics.contains("UID:screen-" + booked.getId() + "@reload"), ics);

        asStaff.call(() ->
                booking.reschedule(booked.getId(), SlotChoice.withTherapist(therapist, second.getStartInstant())));
        MimeMessage moved = mail.awaitMail(email, "has moved to", PATIENCE);
        assertTrue(moved.getSubject().contains(second.getStart().format(SUBJECT_TIME)), moved.getSubject());
        String movedIcs = MailCatcher.partText(moved, "text/calendar");
        assertTrue(movedIcs.contains("SEQUENCE:1"), movedIcs);
        assertTrue(
                movedIcs.contains(
                        "DTSTART;TZID=Europe/London:" + second.getStart().format(ICS_LOCAL)),
                movedIcs);

        asStaff.call(() -> {
            booking.cancel(booked.getId());
            return null;
        });
        MimeMessage cancelled = mail.awaitMail(email, "is cancelled", PATIENCE);
        String cancelIcs = MailCatcher.partText(cancelled, "text/calendar");
        assertTrue(cancelIcs.contains("METHOD:CANCEL"), cancelIcs);
        assertTrue(cancelIcs.contains("STATUS:CANCELLED"), cancelIcs);
    }

    @Test
    void aReminderGoesOutOnceAndIsRecorded() throws Exception {
        long client = data.newAccount("Reminded", Role.CLIENT);
        String email = emailOf(client);
        Instant tomorrowMorning = Instant.now().plus(Duration.ofHours(20));
        long screen = screenAt(client, tomorrowMorning);

        reminders.sendDueReminders(Instant.now());
        reminders.sendDueReminders(Instant.now());

        MimeMessage reminder = mail.awaitMail(email, "Reminder: your free screen on", PATIENCE);
        assertTrue(
                reminder.getSubject().contains(tomorrowMorning.atZone(CLINIC).format(SUBJECT_TIME)),
                reminder.getSubject());
        assertNotNull(
                schedule.screen(screen).orElseThrow().getReminderSentAt(),
                "recorded, so a restart does not send it again");
        assertEquals(1, mail.mailsTo(email).size(), "exactly one reminder");
    }

    @Test
    void aReminderWhoseMailFailsIsNotRecordedAndGoesOutAtTheNextRound() throws Exception {
        long client = data.newAccount("Unreachable", Role.CLIENT);
        String email = emailOf(client);
        Instant tonight = Instant.now().plus(Duration.ofHours(10));
        long screen = screenAt(client, tonight);
        mail.close(); // the mail server is down

        reminders.sendDueReminders(Instant.now());

        assertNull(schedule.screen(screen).orElseThrow().getReminderSentAt(), "not recorded, so it is tried again");
        mail = MailCatcher.start();
        reminders.sendDueReminders(Instant.now());
        mail.awaitMail(email, "Reminder: your free screen on", PATIENCE);
        assertNotNull(schedule.screen(screen).orElseThrow().getReminderSentAt());
    }

    @Test
    void noReminderForAScreenMoreThanADayAhead() throws Exception {
        long client = data.newAccount("Later", Role.CLIENT);
        Instant inTwoDays = Instant.now().plus(Duration.ofHours(25));
        long screen = screenAt(client, inTwoDays);

        reminders.sendDueReminders(Instant.now());

        assertNull(schedule.screen(screen).orElseThrow().getReminderSentAt());
    }
}
