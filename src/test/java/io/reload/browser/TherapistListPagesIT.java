package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * My clients and My day's "Needs your attention" a page at a time (issue 13): a therapist with
 * more clients than a page holds goes through both lists with the page links, each client on
 * one page, by name. One client and plan are made through the portal; the others are copies of
 * them written straight to the database (with a red-flag trend, so that they need attention),
 * since making 55 through the pages would take minutes and show nothing more.
 */
class TherapistListPagesIT extends ClinicJourneyTest {

    private static final int CLIENTS = PlanService.MY_CLIENTS_PAGE + 5;

    @Test
    void aTherapistWithMoreClientsThanAPageGoesThroughMyClientsAndNeedsYourAttentionPageByPage() throws SQLException {
        Credentials therapist = therapistWorkingEveryDay("Pia Pages");
        BookedScreen first = clientBooksAScreenWith(therapist, name(0), 1);
        therapistAssignsTheDefaultPlan(therapist, first, "120", "80");
        copiesOfTheClientWithARedFlag(first.client(), CLIENTS - 1);

        signIn(therapist);
        link("My clients").click();
        arrivedAt("My clients");
        assertThat(page.getByText("Page 1 of 2")).isVisible();
        assertThat(clientRows()).hasCount(PlanService.MY_CLIENTS_PAGE);
        assertThat(clientLink(name(0))).isVisible();
        link("Next page").click();
        assertThat(page.getByText("Page 2 of 2")).isVisible();
        assertThat(clientRows()).hasCount(CLIENTS - PlanService.MY_CLIENTS_PAGE);
        assertThat(clientLink(name(CLIENTS - 1))).isVisible();
        assertThat(clientLink(name(0))).hasCount(0);
        assertThat(link("Next page")).hasCount(0);
        link("Previous page").click();
        assertThat(page.getByText("Page 1 of 2")).isVisible();
        assertThat(clientLink(name(0))).isVisible();

        link("My day").click();
        Locator attention = page.getByRole(
                AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Needs your attention").setExact(true));
        assertThat(attention.getByText("Page 1 of 2")).isVisible();
        // the copies have a red flag; the first client, whose plan starts today, needs nothing yet
        assertThat(attention.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name(0))))
                .hasCount(0);
        assertThat(attention.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name(1))))
                .isVisible();
        attention
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page"))
                .click();
        assertThat(attention.getByText("Page 2 of 2")).isVisible();
        Locator last =
                attention.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name(CLIENTS - 1)));
        assertThat(last).containsText("Red-flag symptom");
        assertThat(attention.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name(1))))
                .hasCount(0);
        assertThat(attention.locator("tbody tr")).hasCount(CLIENTS - 1 - AttentionService.PAGE);
    }

    /** "Paged Client 07": numbered so that the names sort as the numbers do. */
    private static String name(int number) {
        return String.format("Paged Client %02d", number);
    }

    private Locator clientRows() {
        return page.getByRole(AriaRole.TABLE).locator("tbody tr");
    }

    private Locator clientLink(String name) {
        return page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }

    /** Copies of the client's account, active plan and trend row, each copy with a red flag on its trend. */
    private void copiesOfTheClientWithARedFlag(Credentials client, int copies) throws SQLException {
        try (DatabaseRows rows = new DatabaseRows(databaseUrl())) {
            long clientId = rows.number("select id from accounts where email = ?", client.email());
            long planId = rows.number("select id from plans where client_id = ? and status = 'ACTIVE'", clientId);
            rows.number("select client_id from client_trends where client_id = ?", clientId);
            for (int number = 1; number <= copies; number++) {
                long copy = rows.copy(
                        "accounts",
                        "id",
                        clientId,
                        Map.of("full_name", name(number), "email", uniqueEmail("paged-client")));
                long plan = rows.copy("plans", "id", planId, Map.of("client_id", copy));
                rows.copy(
                        "client_trends",
                        "client_id",
                        clientId,
                        Map.of(
                                "client_id",
                                copy,
                                "plan_id",
                                plan,
                                "client_name",
                                name(number),
                                "flag_red_flag",
                                true,
                                "flag_count",
                                1));
            }
        }
    }
}
