package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Refusals on My availability and on the Team page, and a time off taken back: hours that end
 * before they start, a time off that ends before it begins, a team member with an email already
 * in use or a too-short password. Each refusal saves nothing.
 */
class AvailabilityAndTeamIT extends ClinicJourneyTest {

    @Test
    void aTherapistIsRefusedBackwardHoursAndTimeOffAndTakesATimeOffBack() {
        Credentials therapist = therapistWorkingEveryDay("Ari Hours");
        Credentials client = new Credentials("Noor Booker", uniqueEmail("client"), PASSWORD);
        registerClient(client.name(), client.email(), client.password());
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        LocalDate day = clinicToday().plusDays(2);
        signOut();

        signIn(therapist);
        link("My availability").click();
        arrivedAt("My availability");

        // Monday ending before it starts: refused, the hours stay as they were
        Locator mondayUntil = page.getByLabel("Until on Monday", new Page.GetByLabelOptions().setExact(true));
        mondayUntil.fill("07:00");
        button("Save working hours").click();
        Locator monday = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName("Monday").setExact(true));
        assertThat(monday.getByText("On Monday the end must come after the start."))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
        link("My availability").click();
        arrivedAt("My availability");
        assertThat(mondayUntil).hasValue("18:00");

        // a time off whose last day comes before its first: refused next to the last day
        Locator firstDay = page.getByLabel("First day");
        Locator lastDay = page.getByLabel("Last day (leave empty for one day)");
        Locator note = page.getByLabel("Note (optional)");
        firstDay.fill(day.plusDays(1).toString());
        lastDay.fill(day.toString());
        note.fill("Course");
        button("Add time off").click();
        refusedNextTo(lastDay, "The last day cannot come before the first.");
        assertThat(page.getByText("No time off planned.")).isVisible();

        // a proper one, then taken back
        firstDay.fill(day.toString());
        lastDay.fill("");
        button("Add time off").click();
        told("Time off added.");
        assertThat(item("Course")).containsText(DAY.format(day));
        buttonIn("Course", "Remove").click();
        told("Time off removed.");
        assertThat(item("Course")).hasCount(0);
        assertThat(page.getByText("No time off planned.")).isVisible();
        signOut();

        // the client finds that day's times free
        signIn(client);
        open("/booking/book.xhtml");
        showTimesWith(therapist);
        showWeekOf(day);
        assertThat(freeTimesOn(day)).hasCount(10); // 08:00, 09:00 ... 17:00
    }

    @Test
    void staffAreRefusedATeamMemberWithATakenEmailOrAShortPasswordAndNobodyIsAdded() {
        String name = "Sasha Twice-" + UUID.randomUUID().toString().substring(0, 6);
        String email = uniqueEmail("therapist");
        signIn(firstStaff());
        link("Team").click();
        arrivedAt("Therapists and staff");
        Locator emailBox = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email"));
        Locator password = page.getByLabel("Password (at least 12 characters)");

        String taken = "An account with this email already exists. Sign in instead, or use another email.";
        submitNewTherapist(name, firstStaff().email(), PASSWORD);
        refusedNextTo(emailBox, taken);
        assertThat(emailBox).hasAccessibleDescription(taken);
        assertThat(teamRow(name)).hasCount(0);

        String tooShort = "Your password must be 12 to 128 characters long.";
        submitNewTherapist(name, email, "elevenchars");
        refusedNextTo(password, tooShort);
        assertThat(password).hasAccessibleDescription(tooShort);
        assertThat(teamRow(name)).hasCount(0);

        // nothing of either attempt was kept: the page shown afresh lists nobody of that name
        link("Team").click();
        arrivedAt("Therapists and staff");
        assertThat(teamRow(firstStaff().name())).hasCount(1);
        assertThat(teamRow(name)).hasCount(0);
    }

    private Locator teamRow(String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }
}
