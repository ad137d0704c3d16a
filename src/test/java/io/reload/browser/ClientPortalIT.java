package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * My portal, the client's start page (issue 10): a new client is told how to start; once booked
 * and on a plan it shows the next screen with Reschedule and Cancel, the phase and today's
 * prescriptions with "Log today's session"; once logged, "Logged today", what the plan did and
 * the pain chart of the last two weeks. The header names the person. At 1280 px, then at 390 px.
 */
class ClientPortalIT extends ClinicJourneyTest {

    @Test
    void myPortalShowsWhatToDoNextFromTheFirstVisitToTheFirstSession() {
        Credentials therapist = therapistWorkingEveryDay("Pat Portal");

        // a new client, no screen: the self-check and "Book a free screen"
        Credentials client = new Credentials("Robin Portal", uniqueEmail("client"), PASSWORD);
        registerClient(client.name(), client.email(), client.password());
        assertThat(page.getByText("Signed in as " + client.name(), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        Locator start = region("Where to start");
        assertThat(start).containsText("self-check");
        start.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Book a free screen"))
                .click();
        arrivedAt("Before you book: a one-minute self-check");

        BookedScreen screen = signedInClientBooks(client, therapist, 2);
        therapistAssignsTheDefaultPlan(therapist, screen, "120", "80");

        // booked and on a plan: the next screen, the phase, today's prescriptions, "Log today's session"
        signIn(client);
        arrivedAt("Hello, " + client.name());
        Locator next = region("Your next screen");
        assertThat(next).containsText(screen.when());
        assertThat(next).containsText("With " + therapist.name());
        assertThat(next.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reschedule")))
                .isVisible();
        assertThat(next.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cancel")))
                .isVisible();
        Locator plan = region("Your plan today");
        assertThat(plan).containsText("Phase 1 of 6: Calm it down");
        assertThat(todaysPrescriptions().getByRole(AriaRole.LISTITEM).first()).isVisible();
        assertThat(region("Pain in the last 14 days")).containsText("No sessions logged in the last 14 days.");
        plan.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log today's session"))
                .click();

        arrivedAt("Today");
        page.getByLabel("Pain before the session (0–10)").fill("4");
        page.getByLabel("Pain after the session (0–10)").fill("3");
        button("Save session").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Session saved.");
        page.waitForLoadState();
        List<String> whatHappened = page.getByRole(AriaRole.STATUS).allTextContents().stream()
                .map(String::strip)
                .filter(text -> !text.equals("Session saved."))
                .toList();
        assertFalse(whatHappened.isEmpty(), "the Today page said nothing about what the plan did");
        signOut();

        // on a phone, after the session: "Logged today", what the plan did, the small chart drawn
        usePhoneViewport();
        signIn(client);
        arrivedAt("Hello, " + client.name());
        assertThat(page.getByText("Signed in as " + client.name(), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        Locator logged = region("Your plan today");
        assertThat(logged).containsText("Logged today");
        assertThat(logged.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log today's session")))
                .hasCount(0);
        for (String decision : whatHappened) {
            assertThat(logged.getByText(decision, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
        }
        assertThat(region("Your next screen")).containsText(screen.when());
        Locator pain = region("Pain in the last 14 days");
        assertThat(pain).containsText("A change of 2 points or more is a real change");
        Locator chart = pain.getByRole(AriaRole.IMG);
        assertThat(chart).isVisible();
        page.waitForFunction(
                "canvas => { const chart = Chart.getChart(canvas); return chart && chart.data.datasets[0].data.filter(v => v !== null).length === 1; }",
                chart.elementHandle());
    }

    private Locator todaysPrescriptions() {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Today's prescriptions"));
    }

    private Locator region(String name) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
