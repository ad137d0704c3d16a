package io.reload.demo;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.booking.domain.DateRange;
import io.reload.booking.domain.DayHours;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.Slot;
import io.reload.booking.domain.TimeOff;
import io.reload.booking.domain.Urgency;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.DemoDataSwitch;
import io.reload.triage.domain.SelfCheck;
import io.reload.triage.domain.SelfCheckRepository;
import io.reload.triage.domain.Symptom;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo therapists get working hours, so the demo clinic has times to book, and screens today and
 * in the next days in every state a therapist meets: attended, no-show, booked, urgent (a red-flag
 * self-check) and marked for attention (warning answers). An emergency self-check, which books
 * nothing, alerts staff on their start page. Tara takes a day off after the demo screens.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoSchedules {

    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final String TARA = "tara@reload.example";
    private static final String OMAR = "omar@reload.example";

    /** Tara works days, Omar late afternoons and Saturday mornings. */
    private static final Map<String, List<DayHours>> HOURS = Map.of(
            TARA,
                    WEEKDAYS.stream()
                            .map(day -> new DayHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                            .toList(),
            OMAR,
                    List.of(
                            new DayHours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(20, 0)),
                            new DayHours(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(20, 0)),
                            new DayHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));

    private enum Attendance {
        BOOKED,
        ATTENDED,
        NO_SHOW
    }

    /**
     * A demo screen: on which working day of the therapist (0 is today, whatever the weekday, so
     * every day of the demo has screens; 1 the next working day after today ...), in which slot
     * of that day, and the self-check answers it was booked with (none: routine).
     */
    private record DemoScreen(
            String client, String therapist, int workingDay, int slot, Attendance attendance, Set<Symptom> answers) {}

    private static final Set<Symptom> RED_FLAG = Set.of(Symptom.NUMBNESS, Symptom.PAIN_BELOW_GLUTES);
    private static final Set<Symptom> WARNING = Set.of(Symptom.ONE_SIDED_PAIN, Symptom.SHARP_PAIN);

    /** A client has at most one upcoming screen: the others of a client are attended or missed. */
    private static final List<DemoScreen> SCREENS = List.of(
            new DemoScreen("riley@reload.example", TARA, 0, 0, Attendance.ATTENDED, Set.of(Symptom.DULL_STIFFNESS)),
            new DemoScreen("noor@reload.example", TARA, 0, 1, Attendance.NO_SHOW, Set.of()),
            new DemoScreen("priya@reload.example", TARA, 0, 2, Attendance.BOOKED, RED_FLAG),
            new DemoScreen("noor@reload.example", TARA, 1, 0, Attendance.BOOKED, WARNING),
            new DemoScreen("alex@reload.example", TARA, 2, 1, Attendance.BOOKED, Set.of()),
            new DemoScreen("sasha@reload.example", OMAR, 0, 0, Attendance.ATTENDED, Set.of()),
            new DemoScreen("ben@reload.example", OMAR, 0, 1, Attendance.NO_SHOW, Set.of()),
            new DemoScreen("lee@reload.example", OMAR, 0, 2, Attendance.BOOKED, RED_FLAG),
            new DemoScreen("jamie@reload.example", OMAR, 1, 0, Attendance.BOOKED, WARNING),
            new DemoScreen("ben@reload.example", OMAR, 2, 1, Attendance.BOOKED, Set.of()));

    @Inject
    DemoDataSwitch demoData;

    @Inject
    AccountRepository accounts;

    @Inject
    ScheduleRepository schedule;

    @Inject
    SelfCheckRepository selfChecks;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @Inject
    ClusterLocks clusterLocks;

    @PostConstruct
    void giveDemoTherapistsHours() {
        clusterLocks.holdForStartUp(); // a node starting at the same moment waits, then finds this done
        if (!demoData.isOn()) {
            return;
        }
        HOURS.forEach((email, week) -> accounts.findByEmail(email)
                .filter(therapist -> schedule.workingHoursOf(therapist.getId()).isEmpty())
                .ifPresent(therapist -> schedule.replaceWorkingHours(therapist, week)));
        bookDemoScreens();
    }

    /** Once: a later start (the H2 file keeps its data) finds the first demo screen and leaves them be. */
    private void bookDemoScreens() {
        Account firstClient = accounts.findByEmail(SCREENS.get(0).client()).orElse(null);
        if (firstClient == null
                || !schedule.screensOfClient(firstClient.getId()).isEmpty()) {
            return;
        }
        ZoneId zone = clinic.profile().getTimeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Duration slotLength = clinic.bookingRules().slotLength();
        Duration slotStep = slotLength.plus(clinic.bookingRules().buffer());
        for (DemoScreen demo : SCREENS) {
            Account client = accounts.findByEmail(demo.client()).orElseThrow();
            Account therapist = accounts.findByEmail(demo.therapist()).orElseThrow();
            LocalDate day = workingDay(demo.therapist(), today, demo.workingDay());
            var start = day.atTime(firstHourOn(demo.therapist(), day))
                    .plus(slotStep.multipliedBy(demo.slot()))
                    .atZone(zone)
                    .toInstant();
            Long selfCheckId = null;
            Urgency urgency = Urgency.ROUTINE;
            if (!demo.answers().isEmpty()) {
                SelfCheck check = selfChecks.add(new SelfCheck(demo.answers()));
                check.attachTo(client);
                selfCheckId = check.getId();
                urgency = switch (check.getOutcome()) {
                    case RED_FLAG -> Urgency.URGENT;
                    case WARNING -> Urgency.ATTENTION;
                    default -> Urgency.ROUTINE;
                };
            }
            Screen screen = schedule.add(new Screen(
                    client,
                    therapist,
                    client,
                    new Slot(therapist.getId(), start, start.plus(slotLength)),
                    urgency,
                    selfCheckId));
            if (demo.attendance() != Attendance.BOOKED) {
                screen.recordAttendance(demo.attendance() == Attendance.ATTENDED);
            }
        }
        // a day off after the demo screens, so the staff's Schedule shows time off
        Account tara = accounts.findByEmail(TARA).orElseThrow();
        LocalDate dayOff = workingDay(TARA, today, 3);
        schedule.add(new TimeOff(tara, new DateRange(dayOff, dayOff), "Course"));
        // someone without an account ticked the emergency answer: no screen, only staff's alert
        selfChecks.add(new SelfCheck(Set.of(Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL)));
        SCREENS.stream()
                .map(DemoScreen::client)
                .distinct()
                .forEach(email -> accounts.findByEmail(email)
                        .ifPresent(client -> healthChanged.fire(new ClientHealthChanged(client.getId()))));
    }

    /** Today (n = 0), whether or not the therapist works today, else their n-th working day after today. */
    private static LocalDate workingDay(String therapist, LocalDate today, int n) {
        LocalDate day = today;
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (firstHour(therapist, day.getDayOfWeek()) != null) {
                found++;
            }
        }
        return day;
    }

    private static LocalTime firstHourOn(String therapist, LocalDate day) {
        LocalTime start = firstHour(therapist, day.getDayOfWeek());
        return start != null ? start : HOURS.get(therapist).get(0).from();
    }

    private static LocalTime firstHour(String therapist, DayOfWeek weekday) {
        return HOURS.get(therapist).stream()
                .filter(hours -> hours.day() == weekday)
                .map(DayHours::from)
                .findFirst()
                .orElse(null);
    }
}
