package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff's Schedule (issue 10): every therapist side by side by day and by week, time off shown;
 * a booked time opens the screen, a free time books it for a client. At 1280 and 390 px.
 */
class ClinicScheduleIT extends ClinicJourneyTest {

    private static final int DAYS_AHEAD = 3;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Test
    void staffFollowTheDayAndBookAFreeTimeForAClient() {
        Credentials therapist = therapistWorkingEveryDay("Sched");
        Credentials colleague = therapistWorkingEveryDay("Away");
        BookedScreen booked = clientBooksAScreenWith(therapist, "Scheduled Client", DAYS_AHEAD);
        Credentials walkIn = new Credentials("Walk-in Client", uniqueEmail("walkin"), PASSWORD);
        registerClient(walkIn.name(), walkIn.email(), walkIn.password());
        signOut();

        signIn(firstStaff());
        link("Schedule").click();
        LocalDate today = todayOnTheSchedule();
        LocalDate day = today.plusDays(DAYS_AHEAD);
        signOut();
        colleagueTakesTheDayOff(colleague, day);

        // the day view: a column per therapist, the colleague's marked as time off
        signIn(firstStaff());
        link("Schedule").click();
        goTo(day);
        assertThat(columnOf(colleague)).containsText("Time off: Course");
        assertThat(columnOf(therapist)).not().containsText("Time off");
        assertThat(freeTime("11:00", colleague)).hasCount(0);

        // a booked time opens the screen's details, and leads back to its day
        link("10:00 " + booked.client().name()).click();
        arrivedAt("Screen with " + booked.client().name());
        assertThat(page.getByText(booked.when())).isVisible();
        assertThat(page.getByText(therapist.name(), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(link("Move to another time")).isVisible();
        link("Back to the schedule").click();
        arrivedAt(DAY.format(day));

        // a free time books that time for a client found by name
        freeTime("11:00", therapist).click();
        arrivedAt("Find a client");
        assertThat(page.getByText("Booking " + DAY.format(day) + ", 11:00 with " + therapist.name()))
                .isVisible();
        page.getByLabel("Name or email").fill(walkIn.email());
        button("Search").click();
        link("Book this time").click();
        arrivedAt("Confirm your free screen");
        assertThat(page.getByText(DAY.format(day) + ", 11:00")).isVisible();
        button("Confirm booking").click();
        arrivedAt("Your free screen is booked");
        link("Back to the schedule").click();
        arrivedAt(DAY.format(day));
        assertThat(link("11:00 " + walkIn.name())).isVisible();
        assertThat(freeTime("11:00", therapist)).hasCount(0);
        assertThat(freeTime("12:00", therapist)).isVisible();

        // the booked time, opened again: moved to 13:00, then cancelled, which frees the time
        link("11:00 " + walkIn.name()).click();
        arrivedAt("Screen with " + walkIn.name());
        link("Move to another time").click();
        showWeekOf(day);
        link(DAY.format(day) + ", 13:00 with " + therapist.name()).click();
        button("Move my screen to this time").click();
        arrivedAt("Your screen has been moved");
        link("Back to the schedule").click();
        arrivedAt(DAY.format(day));
        assertThat(link("13:00 " + walkIn.name())).isVisible();
        assertThat(freeTime("11:00", therapist)).isVisible();

        link("13:00 " + walkIn.name()).click();
        link("Cancel this screen").click();
        button("Yes, cancel it").click();
        arrivedAt(DAY.format(day));
        told("Your screen on " + DAY.format(day) + ", 13:00 is cancelled. The time is free for others again.");
        assertThat(link("13:00 " + walkIn.name())).hasCount(0);
        assertThat(freeTime("13:00", therapist)).isVisible();

        // the week view: the same screens on that day's row, the time off in the colleague's cell
        link("Week").click();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(heading("Week of " + SHORT_DAY.format(monday) + " to " + SHORT_DAY.format(monday.plusDays(6))))
                .isVisible();
        Locator row = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.ROWHEADER,
                                new Page.GetByRoleOptions()
                                        .setName(SHORT_DAY.format(day))
                                        .setExact(true))));
        assertThat(row).containsText("10:00 " + booked.client().name());
        assertThat(row).containsText("Time off: Course");
        row.getByRole(AriaRole.ROWHEADER).getByRole(AriaRole.LINK).click();
        arrivedAt(DAY.format(day));

        link("Next day").click();
        arrivedAt(DAY.format(day.plusDays(1)));
        link("Today").click();
        arrivedAt(DAY.format(today) + " (today)");
    }

    @Test
    void onAPhoneTheTableScrollsInItsOwnBox() {
        usePhoneViewport();
        therapistWorkingEveryDay("Phone");
        signIn(firstStaff());
        link("Schedule").click();
        LocalDate today = todayOnTheSchedule();
        assertThat(page.getByText("Scroll sideways in the table to see every therapist."))
                .isVisible();
        assertPageDoesNotScrollSideways();
        link("Week").click();
        assertThat(headingMatching(Pattern.compile("^Week of "))).isVisible();
        assertPageDoesNotScrollSideways();
        Locator table =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Week of ")));
        assertTrue(
                (Boolean) table.evaluate("box => box.scrollWidth > box.clientWidth"),
                "the week's columns do not fit a phone: the table's own box scrolls");
        page.getByRole(
                        AriaRole.ROWHEADER,
                        new Page.GetByRoleOptions()
                                .setName(SHORT_DAY.format(today))
                                .setExact(true))
                .getByRole(AriaRole.LINK)
                .click();
        arrivedAt(DAY.format(today) + " (today)");
    }

    /** The day view opens on the clinic's today, which its heading names. */
    private LocalDate todayOnTheSchedule() {
        Locator heading = headingMatching(Pattern.compile(" \\(today\\)$"));
        assertThat(heading).isVisible();
        return LocalDate.parse(heading.textContent().strip().replace(" (today)", ""), DAY);
    }

    private Locator headingMatching(Pattern name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private void colleagueTakesTheDayOff(Credentials colleague, LocalDate day) {
        signIn(colleague);
        link("My availability").click();
        arrivedAt("My availability");
        page.getByLabel("First day").fill(day.toString());
        page.getByLabel("Note (optional)").fill("Course");
        button("Add time off").click();
        told("Time off added.");
        signOut();
    }

    private void goTo(LocalDate day) {
        page.getByLabel("Go to").fill(day.toString());
        button("Show").click();
        arrivedAt(DAY.format(day));
    }

    private Locator columnOf(Credentials therapist) {
        // the names are letters, digits and a hyphen (no regular-expression characters); Playwright's regex is
        // JavaScript's, without \Q..\E
        return page.getByRole(
                AriaRole.COLUMNHEADER,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + therapist.name() + "( |$)")));
    }

    private Locator freeTime(String time, Credentials therapist) {
        return page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName("Book " + time + " with " + therapist.name() + " for a client")
                        .setExact(true));
    }

    private void assertPageDoesNotScrollSideways() {
        page.waitForLoadState();
        assertTrue(
                (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "the page scrolls sideways at 390 px");
    }
}
