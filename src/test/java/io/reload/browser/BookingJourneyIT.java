package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Booking a free screen as people do it (product journeys 1 and 6): a new client goes from the
 * home page through the self-check and registration to a booked screen, moves and cancels it;
 * the therapist sees it with its answers; a time taken meanwhile, time off and the clinic
 * settings behave as promised.
 *
 * <p>Each test makes its own therapist with working hours every day from 08:00 to 18:00, so
 * its free times are known exactly: with the clinic's 45-minute screens and 15-minute gaps
 * they start on the hour, 08:00 to 17:00. Tests book two days ahead (clinic time), well past
 * the minimum notice and the 24-hour cancellation cutoff, and well inside the 28-day horizon.
 *
 * <p>An emergency answer (no booking offered) is SelfCheckJourneyIT's, not repeated here.
 */
class BookingJourneyIT extends ClinicJourneyTest {

    private static final String WARNING_ANSWER = "The pain is on one side only.";
    /** How pages name a day (format.day of the message bundle). */
    @Test
    void aNewClientBooksAFreeScreenThenMovesAndCancelsIt() {
        Credentials therapist = therapistWorkingEveryDay("Dana Hinge");
        String client = "Jordan Booker";

        open("/");
        link("Book a free screen").click();
        assertThat(heading("Before you book: a one-minute self-check")).isVisible();
        page.getByLabel(WARNING_ANSWER).check();
        button("See my result").click();
        assertThat(heading("Book a screen sooner rather than later")).isVisible();

        link("Book a free screen").click();
        assertThat(heading("Create your client account")).isVisible();
        String email = uniqueEmail("booker");
        page.getByLabel("Full name").fill(client);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password (at least 12 characters)").fill(PASSWORD);
        button("Create account").click();

        // the week view, carrying the self-check along
        assertThat(heading("Pick a time for your free screen")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/booking/book\\.xhtml\\?check=[0-9a-f-]{36}$"));
        assertThat(page.getByText("Because of your answers we recommend booking sooner rather than later."))
                .isVisible();

        showTimesWith(therapist);
        assertThat(page).hasURL(Pattern.compile(".*[?&]check=[0-9a-f-]{36}(&.*)?$"));
        LocalDate day = clinicToday().plusDays(2);
        showWeekOf(day);
        String booked = dayTime(day, "10:00");
        freeTime(day, "10:00", therapist).click();

        assertThat(heading("Confirm your free screen")).isVisible();
        assertThat(fact(booked)).isVisible();
        assertThat(fact(therapist.name())).isVisible();
        // whom the screen is with comes from the therapist's id, not from a name someone put in the link
        assertFalse(page.url().contains("therapistName"), page.url());
        open(page.url().substring(baseUrl().length()) + "&therapistName=Someone+Else");
        assertThat(heading("Confirm your free screen")).isVisible();
        assertThat(fact(therapist.name())).isVisible();
        assertThat(page.getByText("Someone Else")).hasCount(0);
        button("Confirm booking").click();

        assertThat(heading("Your free screen is booked")).isVisible();
        assertThat(fact(booked)).isVisible();
        assertThat(fact(therapist.name())).isVisible();
        // mail is on here (the build points MAIL_SMTP_HOST at GreenMail); the wording for mail off is
        // BookedBackingTest's
        assertThat(page.getByText("We sent a confirmation with a calendar file to " + email + "."))
                .isVisible();

        link("My appointments").click();
        assertThat(heading("My appointments")).isVisible();
        assertThat(appointment(booked)).containsText("Status: Booked");

        appointment(booked)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reschedule"))
                .click();
        assertThat(heading("Pick a new time for your screen")).isVisible();
        showWeekOf(day);
        String moved = dayTime(day, "14:00");
        freeTime(day, "14:00", therapist).click();
        assertThat(heading("Confirm your free screen")).isVisible();
        assertThat(fact(moved)).isVisible();
        button("Move my screen to this time").click();

        assertThat(heading("Your screen has been moved")).isVisible();
        assertThat(fact(moved)).isVisible();

        link("My appointments").click();
        assertThat(appointment(moved)).containsText("Status: Booked");
        assertThat(appointment(booked)).hasCount(0);

        appointment(moved)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(heading("Cancel this screen?")).isVisible();
        assertThat(page.getByText("Your screen on " + moved + " with " + therapist.name() + " will be cancelled"))
                .isVisible();
        button("Yes, cancel it").click();

        assertThat(heading("My appointments")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Your screen on " + moved + " is cancelled. The time is free for others again.");
        assertThat(appointment(moved)).containsText("Status: Cancelled");
        assertThat(appointment(moved).getByRole(AriaRole.LINK)).hasCount(0);
    }

    @Test
    void theTherapistSeesTheBookedScreenWithItsSelfCheckAnswers() {
        Credentials therapist = therapistWorkingEveryDay("Dana Hinge");
        String client = "Riley Warning";

        open("/selfcheck.xhtml");
        page.getByLabel(WARNING_ANSWER).check();
        button("See my result").click();
        assertThat(heading("Book a screen sooner rather than later")).isVisible();
        link("Book a free screen").click();
        assertThat(heading("Create your client account")).isVisible();
        page.getByLabel("Full name").fill(client);
        page.getByLabel("Email").fill(uniqueEmail("warning"));
        page.getByLabel("Password (at least 12 characters)").fill(PASSWORD);
        button("Create account").click();
        assertThat(heading("Pick a time for your free screen")).isVisible();
        showTimesWith(therapist);
        LocalDate day = clinicToday().plusDays(2);
        showWeekOf(day);
        String when = dayTime(day, "09:00");
        freeTime(day, "09:00", therapist).click();
        assertThat(heading("Confirm your free screen")).isVisible();
        button("Confirm booking").click();
        assertThat(heading("Your free screen is booked")).isVisible();
        signOut();

        signIn(therapist);
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(client));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(when);
        assertThat(row).containsText("Needs attention");
        assertThat(row).containsText("Warning signs"); // the self-check class it was booked with
        assertThat(row).containsText("Booked");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(when))
                .click();
        assertThat(heading("Screen with " + client)).isVisible();
        assertThat(fact(when)).isVisible();
        assertThat(fact("Needs attention")).isVisible();
        Locator answers = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Self-check answers"));
        assertThat(answers).containsText("Outcome: Warning signs");
        assertThat(answers.getByRole(AriaRole.LISTITEM)).hasText(new String[] {WARNING_ANSWER});
    }

    @Test
    void aTimeTakenWhileSomeoneWasConfirmingSendsThemBackToFreshTimes() {
        Credentials therapist = therapistWorkingEveryDay("Dana Hinge");

        // client A picks a time and has the confirm page open ...
        registerClient("Avery First", uniqueEmail("slow"), PASSWORD);
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        LocalDate day = clinicToday().plusDays(2);
        showWeekOf(day);
        String contested = dayTime(day, "11:00");
        freeTime(day, "11:00", therapist).click();
        assertThat(heading("Confirm your free screen")).isVisible();
        assertThat(fact(contested)).isVisible();

        // ... while client B, at another computer, books that same time
        inAnotherBrowser(() -> {
            registerClient("Blake Quick", uniqueEmail("quick"), PASSWORD);
            open("/booking/book.xhtml");
            showTimesWith(therapist);
            showWeekOf(day);
            freeTime(day, "11:00", therapist).click();
            assertThat(heading("Confirm your free screen")).isVisible();
            button("Confirm booking").click();
            assertThat(heading("Your free screen is booked")).isVisible();
            assertThat(fact(contested)).isVisible();
        });

        button("Confirm booking").click();

        assertThat(heading("Pick a time for your free screen")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Sorry, that time was just taken. Here are the times that are still free.");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Therapist")))
                .hasValue(Pattern.compile("\\d+"));
        showWeekOf(day);
        assertThat(freeTime(day, "11:00", therapist)).hasCount(0);
        assertThat(freeTime(day, "10:00", therapist)).isVisible();
        assertThat(freeTime(day, "12:00", therapist)).isVisible();
    }

    @Test
    void timeOffTakesThatDayOutOfTheFreeTimes() {
        Credentials therapist = therapistWorkingEveryDay("Dana Hinge");
        String email = uniqueEmail("timeoff");
        registerClient("Morgan Planner", email, PASSWORD);
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        LocalDate day = clinicToday().plusDays(2);
        showWeekOf(day);
        assertThat(freeTimesOn(day)).hasCount(10); // 08:00, 09:00 ... 17:00
        signOut();

        signIn(therapist);
        link("My availability").click();
        assertThat(heading("My availability")).isVisible();
        page.getByLabel("First day").fill(day.toString());
        page.getByLabel("Note (optional)").fill("Course");
        button("Add time off").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Time off added.");
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Course")))
                .containsText(DAY.format(day));
        signOut();

        signIn(email, PASSWORD);
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        showWeekOf(day);
        assertThat(dayOf(day)).containsText("No free times");
        assertThat(freeTimesOn(day)).hasCount(0);
        LocalDate nextDay = day.plusDays(1);
        showWeekOf(nextDay); // next week's view when the day off is a Sunday
        assertThat(freeTimesOn(nextDay)).hasCount(10);
    }

    /** Journey 6: staff see the slot rules, and a slot length out of range is refused, nothing saved. */
    @Test
    void staffSeeTheSlotRulesAndATooShortScreenIsRefusedNextToItsField() {
        signIn(firstStaff());
        link("Settings").click();
        assertThat(heading("Clinic settings")).isVisible();
        Locator slotLength = page.getByLabel("Length of a screen (minutes)");
        Locator gap = page.getByLabel("Gap between screens (minutes)");
        assertThat(slotLength).hasValue("45");
        assertThat(gap).hasValue("15");

        slotLength.fill("5");
        button("Save settings").click();

        String refusal = "A screen lasts 15 to 240 minutes.";
        Locator field = page.locator(".field").filter(new Locator.FilterOptions().setHas(slotLength));
        assertThat(field.getByText(refusal)).isVisible();
        assertThat(slotLength).hasAccessibleDescription(refusal);
        assertThat(page.getByText("Settings saved.")).hasCount(0);

        // nothing was saved
        link("Settings").click();
        assertThat(slotLength).hasValue("45");
        assertThat(gap).hasValue("15");

        // the same values go round unchanged
        button("Save settings").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Settings saved.");
        assertThat(slotLength).hasValue("45");
        assertThat(gap).hasValue("15");
    }

    // ----- the people and their steps -----

    /**
     * Runs some steps as another person at another computer: a separate browser session. The
     * base class's helpers work on {@code page}, so it points at the other session meanwhile.
     * The pages seen there are not checked by axe-core (the audit belongs to the base class);
     * they are the same pages the first session is checked on.
     */
    private void inAnotherBrowser(Runnable steps) {
        Page mine = page;
        BrowserContext other = mine.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setLocale("en-US"));
        try {
            page = other.newPage();
            steps.run();
        } finally {
            page = mine;
            other.close();
        }
    }

    // ----- what people look for -----

    /** "Wednesday 25 November 2026, 10:00", as pages show a screen's time. */
    private static String dayTime(LocalDate day, String time) {
        return DAY.format(day) + ", " + time;
    }

    /** A free time's link, named like "Wednesday 25 November 2026, 10:00 with Dana Hinge-3f2a9c". */
    private Locator freeTime(LocalDate day, String time, Credentials therapist) {
        return page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName(dayTime(day, time) + " with " + therapist.name())
                        .setExact(true));
    }

    /** A screen on My appointments, by its time. */
    private Locator appointment(String dayTime) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHas(heading(dayTime)));
    }

    /** A value in a page's list of facts (When, With, Urgency ...): exactly this text. */
    private Locator fact(String value) {
        return page.getByText(value, new Page.GetByTextOptions().setExact(true));
    }
}
