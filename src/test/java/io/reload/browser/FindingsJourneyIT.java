package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import org.junit.jupiter.api.Test;

/**
 * Clinical-rules 2: in the screen the therapist records findings under the five headings and
 * the outcome. A client books a screen with a new therapist (two days ahead, 10:00, clinic
 * time); the therapist opens it from My day, records findings and "Assign a plan", sees them
 * again, and changes the outcome to "No plan needed".
 */
class FindingsJourneyIT extends ClinicJourneyTest {

    @Test
    void theTherapistRecordsFindingsOfAScreenAndSeesThemAgain() {
        Credentials therapist = therapistWorkingEveryDay("Sam Findings");
        BookedScreen screen = clientBooksAScreenWith(therapist, "Casey Hinge");
        String client = screen.client().name();

        signIn(therapist);
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        openScreenFromMyDay(screen);

        link("Record findings").click();
        assertThat(heading("Findings of the screen with " + client)).isVisible();

        // a plan without any finding is refused next to the outcome, nothing saved
        page.getByLabel("Assign a plan").check();
        button("Save findings").click();
        assertThat(page.getByText("To assign a plan, write at least one finding under the headings above."))
                .isVisible();
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
}
