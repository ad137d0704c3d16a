package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff's Clinic overview (issue 10): an emergency self-check made on the public page is an
 * alert; a staff member acknowledges it, it leaves the open alerts and shows under the
 * acknowledged ones with their name; the week's figures link to the pages behind them
 * (screens and free times to the Schedule's week).
 * At 1280 and at 390 px.
 */
class ClinicOverviewIT extends ClinicJourneyTest {

    @Test
    void staffAcknowledgeAnEmergencySelfCheckAndFollowTheFigures() {
        acknowledgeAFreshEmergencySelfCheck();

        assertThat(heading("This week")).isVisible();
        figure("Active plans").click();
        arrivedAt("Pain trends of active clients");

        page.goBack();
        figure("Flagged clients").click();
        arrivedAt("Pain trends of active clients");
        assertThat(page).hasURL(Pattern.compile(".*[?&]flagged=true.*"));
        assertThat(page.getByLabel("Flagged clients only")).isChecked();

        page.goBack();
        figure("Missed screens this week").click();
        arrivedAt("Pain trends of active clients");
        assertThat(page.getByLabel("Flag", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("MISSED_SCREEN");

        page.goBack();
        figure("Free times left this week").click();
        arrivedAt("Schedule");
        assertThat(weekHeading()).isVisible();

        page.goBack();
        figure("Screens this week").click();
        arrivedAt("Schedule");
        assertThat(weekHeading()).isVisible();
    }

    @Test
    void onAPhoneToo() {
        usePhoneViewport();
        acknowledgeAFreshEmergencySelfCheck();
        figure("Flagged clients").click();
        arrivedAt("Pain trends of active clients");
    }

    /** Makes an emergency self-check as a person would, then acknowledges it as staff. */
    private void acknowledgeAFreshEmergencySelfCheck() {
        signIn(firstStaff());
        arrivedAt("Clinic overview");
        int openBefore = openEmergencies().count();
        signOut();

        open("/");
        link("Book a free screen").click();
        page.getByLabel("I have lost some control of my bladder or bowels.").check();
        button("See my result").click();
        assertThat(heading("Get emergency care now")).isVisible();

        signIn(firstStaff());
        arrivedAt("Clinic overview");
        assertThat(openEmergencies()).hasCount(openBefore + 1);
        // newest first among the emergencies: the one just made (other tests' alerts may sort above it)
        Locator newest = openEmergencies().first();
        assertThat(newest).containsText("Emergency self-check");
        assertThat(newest).containsText("not signed in");
        assertThat(newest)
                .hasText(Pattern.compile(
                        ".*[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}:\\s+not signed in.*",
                        Pattern.DOTALL));

        newest.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Acknowledge").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Alert acknowledged.")))
                .isVisible();
        assertThat(openEmergencies()).hasCount(openBefore);

        Locator acknowledged = list("Acknowledged alerts (last 7 days)")
                .getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHasText("Emergency self-check"))
                .first();
        assertThat(acknowledged).containsText("Emergency self-check");
        assertThat(acknowledged).containsText("not signed in");
        assertThat(acknowledged).containsText("Acknowledged by " + firstStaff().name() + " on ");
        assertThat(acknowledged)
                .containsText(Pattern.compile(" on [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}\\."));
    }

    private Locator weekHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Week of ")));
    }

    private Locator openAlerts() {
        return list("Alerts to acknowledge (last 7 days)").getByRole(AriaRole.LISTITEM);
    }

    private Locator openEmergencies() {
        return openAlerts().filter(new Locator.FilterOptions().setHasText("Emergency self-check"));
    }

    /** A figure of the week, e.g. "Active plans: 3", by its label (plain words) whatever the number. */
    private Locator figure(String label) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + label + ": \\d+$")));
    }
}
