package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The buttons of a plan under way, each pressed once with bad input and once with good: the
 * client corrects a logged session; the therapist moves the plan to another phase, sets a
 * working load, downloads the client's sessions and ends the plan. Each change is checked
 * where it shows (the page that follows, the plan's events, the file).
 */
class PlanActionsIT extends ClinicJourneyTest {

    private static final String REASON_REQUIRED = "Please give a reason: the client and other therapists read it.";

    @Test
    void aClientCorrectsASessionAndTheTherapistMovesSetsTheLoadExportsAndEndsThePlan() throws IOException {
        Credentials therapist = therapistWorkingEveryDay("Pat Plans");
        BookedScreen screen = clientBooksAScreenWith(therapist, "Cas Changes");
        therapistAssignsTheDefaultPlan(therapist, screen, "140", "80");

        signIn(screen.client());
        link("Today").click();
        page.getByLabel("Pain before the session (0–10)").fill("4");
        page.getByLabel("Pain after the session (0–10)").fill("4");
        button("Save session").click();
        assertThat(page.getByText("Session saved.")).isVisible();

        link("History").click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("^Correct the session of ")))
                .click();
        Locator painAfter = page.getByLabel("Pain after the session (0–10)");
        assertThat(painAfter).hasValue("4");
        painAfter.fill("12");
        button("Save correction").click();
        assertThat(page.getByText("Pain is a whole number from 0 (none) to 10 (worst imaginable)."))
                .isVisible();
        painAfter.fill("3");
        page.getByLabel("Note").fill("Logged the wrong number at first");
        button("Save correction").click();
        assertThat(heading("History of sessions")).isVisible();
        assertThat(page.getByText("Correction saved.")).isVisible();
        assertThat(page.getByText("The note changed.")).isVisible();
        Locator session = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Logged the wrong number at first"));
        assertThat(session).containsText("3");
        // the correction page keeps what the session said before: pain after 4, no note
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("^Correct the session of ")))
                .click();
        Locator earlier = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Earlier values"));
        Locator painAfterRow = earlier.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Pain after the session (0–10)"));
        assertThat(painAfterRow).containsText("4");
        assertThat(painAfterRow).containsText("3");
        assertThat(earlier.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Note")))
                .containsText("(empty)");
        signOut();

        signIn(therapist);
        link("My clients").click();
        assertThat(heading("My clients")).isVisible(); // the page is checked before we leave it
        link("Cas Changes").click();
        assertThat(heading("Recovery plan of Cas Changes")).isVisible();
        assertThat(heading("Phase 1 of 6: Calm it down")).isVisible();

        // Move the plan: a reason is required, then the plan stands in the chosen phase
        Locator moveForm = page.locator("form#phaseForm");
        moveForm.getByLabel("Move to phase").selectOption(new SelectOption().setLabel("2. Active recovery"));
        button("Move the plan").click();
        assertThat(page.locator("form#phaseForm").getByText(REASON_REQUIRED)).isVisible();
        assertThat(heading("Phase 1 of 6: Calm it down")).isVisible();
        page.locator("form#phaseForm")
                .getByLabel("Move to phase")
                .selectOption(new SelectOption().setLabel("2. Active recovery"));
        page.locator("form#phaseForm").getByLabel("Reason").fill("Pain settled faster than usual");
        button("Move the plan").click();
        assertThat(page.getByText("The plan was changed.")).isVisible();
        assertThat(heading("Phase 2 of 6: Active recovery")).isVisible();
        assertThat(page.getByText("Pain settled faster than usual").first()).isVisible();

        // Set the load: a load of zero is refused next to its field, then the new load stands
        Locator loadForm = page.locator("form#loadForm");
        loadForm.getByLabel("New working load (kg)").fill("0");
        loadForm.getByLabel("Reason").fill("Trying a lighter start");
        button("Set the load").click();
        assertThat(page.getByText("The load must be a weight above zero.")).isVisible();
        page.locator("form#loadForm")
                .getByLabel("Lift")
                .selectOption(new SelectOption().setLabel("Kettlebell Romanian deadlift from blocks (27.5 kg)"));
        page.locator("form#loadForm").getByLabel("New working load (kg)").fill("30");
        page.locator("form#loadForm").getByLabel("Reason").fill("Moves well, a little more");
        button("Set the load").click();
        assertThat(page.getByText("The plan was changed.")).isVisible();
        Locator loads = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Working loads"));
        assertThat(loads.getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText("Kettlebell Romanian deadlift from blocks")))
                .containsText("30 kg");

        // the client's sessions of this plan, as a file
        link("Progress charts and sessions").click();
        assertThat(heading("Progress of Cas Changes")).isVisible();
        Download download =
                page.waitForDownload(() -> button("Download all sessions (CSV)").click());
        String csv = Files.readString(download.path());
        assertEquals(2, csv.strip().split("\r\n").length, csv);
        assertTrue(csv.contains("Logged the wrong number at first"), csv);
        page.goBack();

        // End the plan: a reason is required, then the plan has ended and offers no more changes
        assertThat(heading("Recovery plan of Cas Changes")).isVisible();
        button("End plan").click();
        assertThat(page.locator("form#endForm").getByText(REASON_REQUIRED)).isVisible();
        page.locator("form#endForm").getByLabel("Reason").fill("Back to full training");
        button("End plan").click();
        assertThat(page.getByText("The plan has ended.")).isVisible();
        assertThat(page.getByText("This plan has ended.")).isVisible();
        assertThat(button("End plan")).hasCount(0);
        assertThat(page.getByText("Back to full training").first()).isVisible();
    }
}
