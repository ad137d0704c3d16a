package io.reload.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.Credentials;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clinical-rules 2: in the screen the therapist records findings under the five headings and
 * the outcome. A client books a screen with a new therapist (two days ahead, 10:00, clinic
 * time); the therapist opens it from My day, records findings and "Assign a plan", sees them
 * again, and changes the outcome to "No plan needed".
 */
class FindingsJourneyIT extends BrowserTest {

    private static final String PASSWORD = "lift-safely-2026";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern CLINIC_ZONE = Pattern.compile("Times are in the clinic's time zone \\((.+)\\)\\.");

    @Test
    void theTherapistRecordsFindingsOfAScreenAndSeesThemAgain() {
        Credentials therapist = therapistWorkingEveryDay();
        String client = "Casey Hinge";
        String when = clientBooksAScreenWith(therapist, client);

        signIn(therapist);
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(client));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(when)).click();
        assertThat(heading("Screen with " + client)).isVisible();

        link("Record findings").click();
        assertThat(heading("Findings of the screen with " + client)).isVisible();

        // a plan without any finding is refused next to the outcome, nothing saved
        page.getByLabel("Assign a plan").check();
        button("Save findings").click();
        assertThat(page.getByText("To assign a plan, write at least one finding under the headings above.")).isVisible();
        assertThat(page.getByText("Findings saved.")).hasCount(0);

        page.getByLabel("Ergonomics").fill("Lifts from the floor at work, bar far from the body");
        page.getByLabel("Posture").fill("Flat lumbar spine standing");
        page.getByLabel("Muscle tone").fill("High tone in the lumbar erectors");
        page.getByLabel("Muscle weaknesses").fill("Weak glutes, left more than right");
        page.getByLabel("Movement patterns").fill("Hip hinge breaks at the lumbar spine under load");
        page.getByLabel("Assign a plan").check();
        button("Save findings").click();

        assertThat(heading("Screen with " + client)).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Findings saved.");

        link("Record findings").click();
        assertThat(heading("Findings of the screen with " + client)).isVisible();
        assertThat(page.getByLabel("Ergonomics")).hasValue("Lifts from the floor at work, bar far from the body");
        assertThat(page.getByLabel("Posture")).hasValue("Flat lumbar spine standing");
        assertThat(page.getByLabel("Muscle tone")).hasValue("High tone in the lumbar erectors");
        assertThat(page.getByLabel("Muscle weaknesses")).hasValue("Weak glutes, left more than right");
        assertThat(page.getByLabel("Movement patterns")).hasValue("Hip hinge breaks at the lumbar spine under load");
        assertThat(page.getByLabel("Assign a plan")).isChecked();
        assertThat(page.getByLabel("No plan needed")).not().isChecked();

        // recording again changes the same findings
        page.getByLabel("Posture").fill("Neutral once cued");
        page.getByLabel("No plan needed").check();
        button("Save findings").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Findings saved.");
        link("Record findings").click();
        assertThat(page.getByLabel("Posture")).hasValue("Neutral once cued");
        assertThat(page.getByLabel("Ergonomics")).hasValue("Lifts from the floor at work, bar far from the body");
        assertThat(page.getByLabel("No plan needed")).isChecked();
    }

    // ----- the people and their steps (as in BookingJourneyIT) -----

    private Credentials therapistWorkingEveryDay() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Credentials therapist = createTherapist("Sam Findings-" + suffix, uniqueEmail("therapist"), PASSWORD);
        signIn(therapist);
        link("My availability").click();
        assertThat(heading("My availability")).isVisible();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String name = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            page.getByLabel("Works on " + name, new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("From on " + name, new Page.GetByLabelOptions().setExact(true)).fill("08:00");
            page.getByLabel("Until on " + name, new Page.GetByLabelOptions().setExact(true)).fill("18:00");
        }
        button("Save working hours").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Working hours saved.");
        signOut();
        return therapist;
    }

    /** A new client books 10:00 two days ahead with the therapist and signs out; returns the time as pages show it. */
    private String clientBooksAScreenWith(Credentials therapist, String client) {
        registerClient(client, uniqueEmail("screened"), PASSWORD);
        open("/booking/book.xhtml");
        Locator choice = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Therapist"));
        choice.selectOption(new SelectOption().setLabel(therapist.name()));
        button("Show times").click();
        assertThat(choice).hasValue(Pattern.compile("\\d+"));
        LocalDate day = clinicToday().plusDays(2);
        showWeekOf(day);
        String when = DAY.format(day) + ", 10:00";
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(when + " with " + therapist.name()).setExact(true)).click();
        assertThat(heading("Confirm your free screen")).isVisible();
        button("Confirm booking").click();
        assertThat(heading("Your free screen is booked")).isVisible();
        signOut();
        return when;
    }

    private void showWeekOf(LocalDate day) {
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

    private LocalDate clinicToday() {
        Locator note = page.getByText(CLINIC_ZONE);
        assertThat(note).isVisible();
        Matcher zone = CLINIC_ZONE.matcher(note.textContent().strip());
        assertTrue(zone.matches(), "no time zone in: " + note.textContent());
        return LocalDate.now(ZoneId.of(zone.group(1)));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
