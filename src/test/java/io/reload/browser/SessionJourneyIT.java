package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Journeys 3 and 4 of the product: the client logs two sessions on the Today page, is moved back
 * a phase after a rise of 2 points and told why, sees both sessions on the pain chart and in the
 * history, downloads them as CSV; their therapist sees the same chart.
 */
class SessionJourneyIT extends ClinicJourneyTest {

    private static final String MOVED_BACK =
            "Pain rose by 2 points during the session, so the plan moved back from \"Active recovery\" to \"Calm it down\".";

    @Test
    void aClientLogsTwoSessionsIsMovedBackAndSeesBothOnTheChart() throws IOException {
        Credentials therapist = therapistWorkingEveryDay("Kim Sessions");
        BookedScreen screen = clientBooksAScreenWith(therapist, "Jo Logger");
        therapistAssignsTheDefaultPlan(therapist, screen, "120", "80", "2. Active recovery");

        signIn(screen.client());
        link("Today").click();
        assertThat(heading("Phase 2 of 6: Active recovery")).isVisible();

        // pain is a whole number from 0 to 10: anything else is refused next to the field, nothing saved
        painBefore().fill("3");
        painAfter().fill("11");
        button("Save session").click();
        assertThat(page.getByText("Pain is a whole number from 0 (none) to 10 (worst imaginable)."))
                .isVisible();
        assertThat(painBefore()).hasValue("3");
        painAfter().fill("3");
        button("Save session").click();
        assertThat(page.getByText("Session saved.")).isVisible();
        assertThat(page.getByText(
                                "The plan stays in \"Active recovery\": pain did not rise during the session (a rise of 2 points or more moves a plan back).",
                                new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();

        painBefore().fill("2");
        painAfter().fill("4");
        button("Save session").click();
        assertThat(page.getByText(MOVED_BACK).first()).isVisible();
        assertThat(heading("Phase 1 of 6: Calm it down")).isVisible();

        link("Progress").click();
        assertThat(heading("Progress")).isVisible();
        waitForPainChartWithPoints(2);
        page.getByText("Show the data as a table").first().click();
        Locator table = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pain before and after each session"));
        assertThat(table.getByRole(AriaRole.ROW)).hasCount(3);
        assertThat(table).containsText("+2 (real change)");
        assertThat(table).containsText("0 (within normal variation)");

        link("History").click();
        assertThat(heading("History of sessions")).isVisible();
        Download download =
                page.waitForDownload(() -> button("Download all sessions (CSV)").click());
        String csv = Files.readString(download.path());
        assertEquals(3, csv.strip().split("\r\n").length, csv);
        assertTrue(csv.contains(",Active recovery,2,4,2,true,"), csv);
        signOut();

        signIn(therapist);
        link("My clients").click();
        assertThat(heading("My clients")).isVisible(); // the page is checked before we leave it
        link("Jo Logger").click();
        assertThat(heading("Recovery plan of Jo Logger")).isVisible();
        assertThat(page.getByText(MOVED_BACK)).isVisible();
        link("Progress charts and sessions").click();
        assertThat(heading("Progress of Jo Logger")).isVisible();
        waitForPainChartWithPoints(2);
    }

    private Locator painBefore() {
        return page.getByLabel("Pain before the session (0–10)");
    }

    private Locator painAfter() {
        return page.getByLabel("Pain after the session (0–10)");
    }

    /** Waits until Chart.js has drawn the pain chart with this many sessions. */
    private void waitForPainChartWithPoints(int points) {
        Locator chart = page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions()
                        .setName(
                                "Chart of pain before and after each session, with the phases behind it. The same data is in the table below."));
        assertThat(chart).isVisible();
        page.waitForFunction(
                "([canvas, points]) => { const chart = Chart.getChart(canvas); return chart && chart.data.datasets[0].data.filter(v => v !== null).length === points; }",
                java.util.List.of(chart.elementHandle(), points));
    }
}
