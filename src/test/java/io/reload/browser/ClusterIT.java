package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.DatabaseRows;
import io.reload.testsupport.browser.DeployedPortal;
import io.reload.testsupport.browser.PageWords;
import io.reload.testsupport.browser.PortalCluster;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two nodes on one database, as a clinic with more than one server runs them (README, "More than
 * one server"): started at the same moment on an empty database, they do the start-up work once
 * between them; a person signed in on one node goes on on the other, also after the first
 * node was killed.
 */
class ClusterIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "reload-demo-2026";

    private PortalCluster cluster;

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        cluster = PortalCluster.shared(testClass);
        return cluster.first();
    }

    @Test
    void twoNodesStartingTogetherMakeTheDemoClinicOnce() throws Exception {
        try (DatabaseRows rows = new DatabaseRows(cluster.databaseUrl())) {
            assertEquals(1, rows.number("SELECT COUNT(*) FROM accounts WHERE email = ?", "alex@reload.example"));
            assertEquals(
                    1,
                    rows.number(
                            "SELECT COUNT(*) FROM plans p JOIN accounts a ON a.id = p.client_id" + " WHERE a.email = ?",
                            "noor@reload.example"));
        }
    }

    @Test
    void aSignedInClientGoesOnOnTheOtherNodeAndAfterTheFirstIsKilled() throws Exception {
        signIn("alex@reload.example", DEMO_PASSWORD);

        page.navigate(cluster.second().baseUrl() + "/client/today.xhtml");
        assertThat(heading(PageWords.of(page, "nav.client.today"))).isVisible();
        assertThat(signOutButton()).isVisible();

        cluster.first().kill();
        page.navigate(cluster.second().baseUrl() + "/client/history.xhtml");
        assertThat(heading(PageWords.of(page, "history.heading"))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/client/history\\.xhtml$"));
        assertThat(signOutButton()).isVisible();
    }
}
