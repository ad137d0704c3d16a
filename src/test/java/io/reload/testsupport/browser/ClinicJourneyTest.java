package io.reload.testsupport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The steps journeys after booking start from: a therapist who works every day, a client who
 * books a screen with them, the therapist recording findings and assigning the default plan.
 * Each step is done in the browser as the person would, and signs out at its end.
 */
public abstract class ClinicJourneyTest extends BrowserTest {

    protected static final String PASSWORD = "lift-safely-2026";
    protected static final String DEFAULT_PROTOCOL = "Low-back pain after deadlifting";
    protected static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern CLINIC_ZONE = Pattern.compile("Times are in the clinic's time zone \\((.+)\\)\\.");

    /** A client's screen as pages name it: who, and when ("Friday 4 December 2026, 10:00"). */
    protected record BookedScreen(Credentials client, String when) {}

    /** A new therapist (added by the first staff member) working every day 08:00-18:00. */
    protected Credentials therapistWorkingEveryDay(String namePrefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Credentials therapist = createTherapist(namePrefix + "-" + suffix, uniqueEmail("therapist"), PASSWORD);
        signIn(therapist);
        link("My availability").click();
        assertThat(heading("My availability")).isVisible();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String name = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            page.getByLabel("Works on " + name, new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("From on " + name, new Page.GetByLabelOptions().setExact(true))
                    .fill("08:00");
            page.getByLabel("Until on " + name, new Page.GetByLabelOptions().setExact(true))
                    .fill("18:00");
        }
        button("Save working hours").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Working hours saved.");
        assertThat(page.getByLabel("Works on Sunday", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertThat(page.getByLabel("From on Sunday", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("08:00");
        signOut();
        return therapist;
    }

    /** A new client registers and books 10:00 two days ahead with the therapist. */
    protected BookedScreen clientBooksAScreenWith(Credentials therapist, String clientName) {
        return clientBooksAScreenWith(therapist, clientName, 2);
    }

    /** A new client registers and books 10:00 with the therapist, so many days after the clinic's today. */
    protected BookedScreen clientBooksAScreenWith(Credentials therapist, String clientName, int daysAhead) {
        return clientBooksAScreenWith(therapist, clientName, daysAhead, "10:00");
    }

    /** The same at another time of the therapist's day ("11:00"; slots start on the hour from 08:00). */
    protected BookedScreen clientBooksAScreenWith(
            Credentials therapist, String clientName, int daysAhead, String time) {
        Credentials client = new Credentials(clientName, uniqueEmail("client"), PASSWORD);
        registerClient(client.name(), client.email(), client.password());
        return signedInClientBooks(client, therapist, daysAhead, time);
    }

    /** The signed-in client books 10:00 with the therapist, so many days after the clinic's today, and signs out. */
    protected BookedScreen signedInClientBooks(Credentials client, Credentials therapist, int daysAhead) {
        return signedInClientBooks(client, therapist, daysAhead, "10:00");
    }

    /** The same at another time of the therapist's day. */
    protected BookedScreen signedInClientBooks(Credentials client, Credentials therapist, int daysAhead, String time) {
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        LocalDate day = clinicToday().plusDays(daysAhead);
        showWeekOf(day);
        String when = DAY.format(day) + ", " + time;
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(when + " with " + therapist.name())
                                .setExact(true))
                .click();
        assertThat(heading("Confirm your free screen")).isVisible();
        button("Confirm booking").click();
        assertThat(heading("Your free screen is booked")).isVisible();
        signOut();
        return new BookedScreen(client, when);
    }

    /**
     * Staff set the clinic's time zone on Settings to a fixed-offset zone where it is early
     * morning now, so that "today" still has bookable hours (a client books from two hours ahead)
     * whenever the test runs; returns the zone it had, to set back at the end.
     */
    protected String setClinicTimeZoneToEarlyMorning() {
        return setClinicTimeZone(zoneWhereItIsEarlyMorningNow());
    }

    /** A zone of fixed offset (no daylight saving) where it is between 01:00 and 05:59 now. */
    protected static String zoneWhereItIsEarlyMorningNow() {
        ZonedDateTime utc = ZonedDateTime.now(ZoneOffset.UTC);
        int hours = IntStream.rangeClosed(-12, 14)
                .filter(offset -> {
                    int hour = utc.plusHours(offset).getHour();
                    return hour >= 1 && hour <= 5;
                })
                .findFirst()
                .orElseThrow();
        // the Etc/GMT names count the other way round: Etc/GMT-5 is five hours ahead of UTC
        return hours == 0 ? "Etc/GMT" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    /** Staff set the clinic's time zone on Settings, at their desk; returns the zone it had. */
    protected String setClinicTimeZone(String zone) {
        Page desk = staffDeskAt("/staff/settings.xhtml");
        Locator field = desk.getByLabel("Time zone (e.g. Europe/London)");
        String before = field.inputValue();
        field.fill(zone);
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save settings").setExact(true))
                .click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("Settings saved.");
        assertThat(field).hasValue(zone);
        return before;
    }

    /** The signed-in therapist opens the screen from My day (where signing in lands them). */
    protected void openScreenFromMyDay(BookedScreen screen) {
        if (!page.url().contains("/therapist/index.xhtml")) {
            link("My day").click();
        }
        Locator row = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(screen.client().name()));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(screen.when()))
                .click();
        assertThat(heading("Screen with " + screen.client().name())).isVisible();
    }

    /** The therapist records a finding with the outcome "Assign a plan" and assigns the default plan. */
    protected void therapistAssignsTheDefaultPlan(
            Credentials therapist, BookedScreen screen, String oneRepMaxKg, String bodyWeightKg) {
        therapistAssignsTheDefaultPlan(therapist, screen, oneRepMaxKg, bodyWeightKg, "1. Calm it down");
    }

    /** The same, starting in another phase, named as the page lists it ("2. Active recovery"). */
    protected void therapistAssignsTheDefaultPlan(
            Credentials therapist, BookedScreen screen, String oneRepMaxKg, String bodyWeightKg, String startingPhase) {
        therapistAssignsTheDefaultPlan(therapist, screen, "kg", oneRepMaxKg, bodyWeightKg, startingPhase);
    }

    /** The same in a unit the page offers ("kg" or "lb"), the one-rep max and body weight in that unit. */
    protected void therapistAssignsTheDefaultPlan(
            Credentials therapist,
            BookedScreen screen,
            String unit,
            String oneRepMax,
            String bodyWeight,
            String startingPhase) {
        signIn(therapist);
        openScreenFromMyDay(screen);
        link("Record findings").click();
        page.getByLabel("Movement patterns").fill("Hip hinge breaks at the lumbar spine under load");
        page.getByLabel("Assign a plan").check();
        button("Save findings").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Findings saved.");
        link("Assign a plan").click();
        assertThat(heading("Assign a recovery plan to " + screen.client().name()))
                .isVisible();
        page.getByLabel(unit, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Pre-injury deadlift one-rep max").fill(oneRepMax);
        page.getByLabel("Body weight").fill(bodyWeight);
        page.getByLabel("Start in phase").selectOption(new SelectOption().setLabel(startingPhase));
        button("Assign plan").click();
        assertThat(heading("Recovery plan of " + screen.client().name())).isVisible();
        signOut();
    }

    /** On the week view: chooses the therapist and shows their times. */
    protected void showTimesWith(Credentials therapist) {
        Locator choice = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Therapist"));
        choice.selectOption(new SelectOption().setLabel(therapist.name()));
        button("Show times").click();
        assertThat(choice).hasValue(Pattern.compile("\\d+"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]therapist=\\d+.*"));
    }

    /** The week view's block of one day, named by the day. */
    protected Locator dayOf(LocalDate day) {
        return page.getByRole(
                AriaRole.REGION,
                new Page.GetByRoleOptions().setName(DAY.format(day)).setExact(true));
    }

    /** The free times the week view offers on a day, one link each. */
    protected Locator freeTimesOn(LocalDate day) {
        return dayOf(day).getByRole(AriaRole.LINK);
    }

    /** On the week view: goes forward week by week until the week holding the day shows. */
    protected void showWeekOf(LocalDate day) {
        String wanted = "Week of " + DAY.format(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        Locator weekHeading = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Weeks"))
                .getByRole(AriaRole.HEADING);
        for (int clicks = 0; clicks < 5; clicks++) {
            assertThat(weekHeading).hasText(Pattern.compile("^Week of "));
            String showing = weekHeading.textContent().strip();
            if (showing.equals(wanted)) {
                break;
            }
            link("Next week").click();
            assertThat(weekHeading).not().hasText(showing);
        }
        assertThat(weekHeading).hasText(wanted);
    }

    /** Today in the clinic's time zone, which the booking week view names. */
    protected LocalDate clinicToday() {
        Locator note = page.getByText(CLINIC_ZONE);
        assertThat(note).isVisible();
        Matcher zone = CLINIC_ZONE.matcher(note.textContent().strip());
        assertTrue(zone.matches(), "no time zone in: " + note.textContent());
        return LocalDate.now(ZoneId.of(zone.group(1)));
    }

    /**
     * A signed-in therapist copies the clinic's default protocol on My protocols and lands on
     * the copy, theirs to edit.
     */
    protected void copyTheDefaultProtocol() {
        link("My protocols").click();
        arrivedAt("My protocols");
        item(DEFAULT_PROTOCOL)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy"))
                .click();
        arrivedAt("Copy of " + DEFAULT_PROTOCOL);
        told("Copy made. It is yours to edit.");
    }

    /**
     * Waits for the page with this heading to finish loading, which is also when it has been
     * checked for accessibility: the next click must not race that check.
     */
    protected void arrivedAt(String headingText) {
        assertThat(heading(headingText)).isVisible();
        page.waitForLoadState();
    }

    /** The same for a page known by the message it shows after a change. */
    protected void told(String message) {
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(message);
        page.waitForLoadState();
    }

    /**
     * A refusal shown with its field: in the field's own block, under the same label. The page
     * says nothing was done.
     */
    protected void refusedNextTo(Locator input, String message) {
        Locator field = page.locator(".field").filter(new Locator.FilterOptions().setHas(input));
        assertThat(field.getByText(message, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
    }

    /** A list item holding this text. */
    protected Locator item(String text) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** A button of the list item holding this text, e.g. its "Remove". */
    protected Locator buttonIn(String itemText, String buttonName) {
        return item(itemText)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(buttonName).setExact(true));
    }

    /** A list named (by its heading) exactly so. */
    protected Locator list(String name) {
        return page.getByRole(
                AriaRole.LIST, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
