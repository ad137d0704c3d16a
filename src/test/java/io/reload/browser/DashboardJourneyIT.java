package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
 * Journey 5 of the product: a client's pain rises by 2 in a session and their plan moves back;
 * staff see flagged clients first on the pain trends, filter by the therapist, drill down to the
 * client's charts, export the table, and find their own view in the audit log.
 */
class DashboardJourneyIT extends ClinicJourneyTest {

    @Test
    void staffFindTheFlaggedClientDrillDownExportAndSeeTheViewAudited() throws IOException {
        Credentials therapist = therapistWorkingEveryDay("Lee Trends");
        BookedScreen screen = clientBooksAScreenWith(therapist, "Max Flagged");
        therapistAssignsTheDefaultPlan(therapist, screen, "100", "75", "2. Active recovery");
        signIn(screen.client());
        link("Today").click();
        page.getByLabel("Pain before the session (0–10)").fill("2");
        page.getByLabel("Pain after the session (0–10)").fill("4");
        button("Save session").click();
        assertThat(page.getByText("Session saved.")).isVisible();
        signOut();

        signIn(firstStaff());
        link("Pain trends").click();
        assertThat(heading("Pain trends of active clients")).isVisible();
        Locator rows = page.getByRole(AriaRole.ROW);
        assertThat(rows.nth(1)).containsText("Moved back"); // flagged clients come first

        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName("Therapist").setExact(true))
                .selectOption(new SelectOption().setLabel(therapist.name()));
        button("Show").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*therapist=\\d+.*"));
        assertThat(rows).hasCount(2); // the header and our client
        Locator client = rows.filter(new Locator.FilterOptions().setHasText("Max Flagged"));
        assertThat(client).containsText("Moved back");
        assertThat(client).containsText("1. Calm it down");
        assertThat(client.getByRole(AriaRole.IMG))
                .hasAttribute("aria-label", "Pain after sessions over the last 14 days: 4");

        Download download =
                page.waitForDownload(() -> button("Download this table (CSV)").click());
        String csv = Files.readString(download.path());
        assertTrue(csv.contains("Max Flagged," + therapist.name() + ",1. Calm it down,"), csv);

        // read in Spanish, the row names the default protocol's phase in its translation
        languageButton("Español").click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(client).containsText("1. Calmar el dolor");
        languageButton("English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        client.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Max Flagged"))
                .click();
        assertThat(heading("Progress of Max Flagged")).isVisible();
        assertThat(
                        page.getByRole(
                                AriaRole.IMG,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Chart of pain before and after each session, with the phases behind it. The same data is in the table below.")))
                .isVisible();
        assertThat(
                        page.getByText(
                                "Pain rose by 2 points during the session, so the plan moved back from \"Active recovery\" to \"Calm it down\"."))
                .isVisible();

        link("Audit log").click();
        page.getByLabel("Client's name contains").fill("Max Flagged");
        button("Show").click();
        Locator audited = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("progress charts (dashboard drill-down)"));
        assertThat(audited).containsText(firstStaff().email());
        assertThat(audited).containsText("Max Flagged");
    }

    /** A language of the header's switcher, named in itself. */
    private Locator languageButton(String language) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language).setExact(true));
    }
}
