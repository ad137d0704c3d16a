package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.protocol.service.PlanService;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import io.reload.testsupport.browser.DatabaseRows;
import io.reload.trends.service.AttentionService;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The therapist's My day (issue 10, item 2): today's screens with their urgency, self-check
 * class and attendance, marked attended or no-show right there; "Needs your attention" with a
 * client who logged a red-flag symptom, the reason in words and a link to the plan; the next
 * seven days. On a desktop and on a phone. Then, with more clients than a page holds, My
 * clients and "Needs your attention" page by page (issue 13).
 *
 * <p>Attendance opens on the day of the screen, so the clinic's time zone is set to one where
 * it is early morning now (see {@link #setClinicTimeZoneToEarlyMorning()}), and set back at the end.
 */
class MyDayIT extends ClinicJourneyTest {

    @Test
    void theTherapistMarksTodaysScreensFromMyDayAndSeesTheFlaggedClientWithItsReason() throws SQLException {
        String clinicZone = setClinicTimeZoneToEarlyMorning();
        try {
            Credentials therapist = therapistWorkingEveryDay("Mia Myday");
            BookedScreen attends = clientBooksAScreenWith(therapist, "Ada Attends", 0, "10:00");
            BookedScreen missed = clientBooksAScreenWith(therapist, "Nico Noshow", 0, "11:00");
            BookedScreen flagged = clientBooksAScreenWith(therapist, "Fay Flagged", 2);
            therapistAssignsTheDefaultPlan(therapist, flagged, "120", "80");
            clientLogsASessionWithNumbness(flagged.client());

            // on a desktop: both of today's screens booked, then marked right there
            signIn(therapist);
            arrivedAt("Good to see you, " + therapist.name());
            assertThat(cell(todayRow(attends), 4)).hasText("Booked");
            assertThat(cell(todayRow(attends), 2)).hasText("Routine");
            assertThat(cell(todayRow(attends), 3)).hasText("None");
            todayRow(attends)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark attended"))
                    .click();
            told("Ada Attends marked attended.");
            assertThat(cell(todayRow(attends), 4)).hasText("Attended");
            assertThat(cell(todayRow(missed), 4)).hasText("Booked");
            todayRow(missed)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark no-show"))
                    .click();
            told("Nico Noshow marked as a no-show.");
            assertThat(cell(todayRow(missed), 4)).hasText("Missed");
            assertThat(cell(todayRow(attends), 4)).hasText("Attended");

            // needs your attention: the red-flag symptom in words, the name opening the plan
            Locator fay = attentionRow(flagged);
            assertThat(fay).containsText("Red-flag symptom");
            assertThat(fay.getByRole(AriaRole.LINK))
                    .hasAttribute("href", Pattern.compile(".*/therapist/plan\\.xhtml\\?id=\\d+$"));
            assertThat(attention()
                            .getByRole(AriaRole.ROW)
                            .filter(new Locator.FilterOptions().setHasText("Ada Attends")))
                    .hasCount(0);
            // the next seven days, as today
            Locator later = section("The next seven days")
                    .getByRole(AriaRole.ROW)
                    .filter(new Locator.FilterOptions()
                            .setHasText(flagged.client().name()));
            assertThat(later.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(flagged.when())))
                    .isVisible();
            assertThat(later).containsText("Booked");
            fay.getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions()
                                    .setName(flagged.client().name()))
                    .click();
            arrivedAt("Recovery plan of " + flagged.client().name());
            signOut();

            // on a phone: the same page fits the screen, and a button corrects a mark
            usePhoneViewport();
            signIn(therapist);
            arrivedAt("Good to see you, " + therapist.name());
            assertTrue(
                    (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                    "My day is wider than the phone");
            assertThat(attentionRow(flagged)).containsText("Red-flag symptom");
            todayRow(attends)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark no-show"))
                    .click();
            told("Ada Attends marked as a no-show.");
            assertThat(cell(todayRow(attends), 4)).hasText("Missed");
            todayRow(missed)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark attended"))
                    .click();
            told("Nico Noshow marked attended.");
            assertThat(cell(todayRow(missed), 4)).hasText("Attended");
            signOut();

            // more clients than a page holds: My clients and Needs your attention page by page
            copiesOfTheClientWithARedFlag(flagged.client(), PlanService.MY_CLIENTS_PAGE + 5);
            signIn(therapist);
            goesThroughMyClientsPageByPage();
            goesThroughNeedsYourAttentionPageByPage();
            signOut();
        } finally {
            setClinicTimeZone(clinicZone);
        }
    }

    /** The flagged client, then the copies ("Paged Client 01" ...): one more than fits a page, and a few. */
    private static final int LISTED = PlanService.MY_CLIENTS_PAGE + 6;

    private void goesThroughMyClientsPageByPage() {
        link("My clients").click();
        arrivedAt("My clients");
        Locator clients = page.getByRole(AriaRole.TABLE);
        assertThat(page.getByText("Page 1 of 2")).isVisible();
        assertThat(clientRows(clients)).hasCount(PlanService.MY_CLIENTS_PAGE);
        assertThat(linkIn(clients, "Fay Flagged")).isVisible();
        link("Next page").click();
        assertThat(page.getByText("Page 2 of 2")).isVisible();
        assertThat(clientRows(clients)).hasCount(LISTED - PlanService.MY_CLIENTS_PAGE);
        assertThat(linkIn(clients, pagedName(LISTED - 1))).isVisible();
        assertThat(linkIn(clients, "Fay Flagged")).hasCount(0);
        assertThat(link("Next page")).hasCount(0);
        link("Previous page").click();
        assertThat(page.getByText("Page 1 of 2")).isVisible();
        assertThat(linkIn(clients, "Fay Flagged")).isVisible();
    }

    private void goesThroughNeedsYourAttentionPageByPage() {
        link("My day").click();
        assertThat(attention().getByText("Page 1 of 2")).isVisible();
        assertThat(clientRows(attention())).hasCount(AttentionService.PAGE);
        assertThat(linkIn(attention(), "Fay Flagged")).isVisible();
        linkIn(attention(), "Next page").click();
        assertThat(attention().getByText("Page 2 of 2")).isVisible();
        assertThat(clientRows(attention())).hasCount(LISTED - AttentionService.PAGE);
        assertThat(attention()
                        .getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText(pagedName(LISTED - 1))))
                .containsText("Red-flag symptom");
        assertThat(linkIn(attention(), "Fay Flagged")).hasCount(0);
    }

    /** The rows of a table of clients: those with a client's link (not the header). */
    private Locator clientRows(Locator table) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK)));
    }

    private static Locator linkIn(Locator area, String name) {
        return area.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** "Paged Client 07": numbered so that the names sort as the numbers do, all after "Fay Flagged". */
    private static String pagedName(int number) {
        return String.format("Paged Client %02d", number);
    }

    /**
     * Copies of the client's account, active plan and trend row, each with a red flag, written
     * straight to the database: making them through the pages would take minutes and show
     * nothing more than the one client made so.
     */
    private void copiesOfTheClientWithARedFlag(Credentials client, int copies) throws SQLException {
        try (DatabaseRows rows = new DatabaseRows(databaseUrl())) {
            long clientId = rows.number("select id from accounts where email = ?", client.email());
            long planId = rows.number("select id from plans where client_id = ? and status = 'ACTIVE'", clientId);
            rows.number("select client_id from client_trends where client_id = ?", clientId);
            for (int number = 1; number <= copies; number++) {
                Map<String, Object> account = Map.of("full_name", pagedName(number), "email", uniqueEmail("paged"));
                long copy = rows.copy("accounts", "id", clientId, account);
                long plan = rows.copy("plans", "id", planId, Map.of("client_id", copy));
                Map<String, Object> trend = Map.of(
                        "client_id", copy, "plan_id", plan, "client_name", pagedName(number), "flag_red_flag", true);
                rows.copy("client_trends", "client_id", clientId, trend);
            }
        }
    }

    private void clientLogsASessionWithNumbness(Credentials client) {
        signIn(client);
        link("Today").click();
        page.getByLabel("Pain before the session (0–10)").fill("3");
        page.getByLabel("Pain after the session (0–10)").fill("3");
        page.getByLabel("Numbness: a part of me has lost feeling.").check();
        button("Save session").click();
        assertThat(page.getByText("Session saved.")).isVisible();
        signOut();
    }

    private Locator section(String name) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator attention() {
        return section("Needs your attention");
    }

    private Locator attentionRow(BookedScreen screen) {
        return attention()
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(screen.client().name()));
    }

    /** The row of one of today's screens, in the section named "Today, ...". */
    private Locator todayRow(BookedScreen screen) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Today, ")))
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(screen.client().name()));
    }

    /** A cell of a row by its 0-based column: when, client, urgency, self-check, status, attendance. */
    private static Locator cell(Locator row, int column) {
        return row.getByRole(AriaRole.CELL).nth(column);
    }
}
