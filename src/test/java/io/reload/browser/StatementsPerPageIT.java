package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.shared.web.PageTransaction;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.DeployedPortal;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database work of the main pages, counted, not timed: each page GET runs in one
 * transaction and at most {@link PageTransaction#BUDGET} SQL statements, whatever the size of
 * the clinic. The portal writes each GET's count to its log ({@code PageTransaction} at FINE,
 * which the browser tests' portals turn on); this test opens the pages as their users do, on
 * the demo clinic (plans with weeks of sessions, events and history), and reads the count of
 * each. That the lists of a therapist's clients cost the same with more clients than a page is
 * shown with the services ({@code PlanServicesIT}, {@code AttentionServicesIT}).
 */
class StatementsPerPageIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "reload-demo-2026";
    private static final Pattern COUNTS =
            Pattern.compile("GET (\\S+) ran (\\d+) SQL statements in (\\d+) transactions");

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        return DeployedPortal.demoClinic(testClass);
    }

    @Test
    void theMainPagesOfClientsTherapistsAndStaffEachRunOneTransactionOfFewStatements() throws IOException {
        signIn("alex@reload.example", DEMO_PASSWORD);
        keepsToTheBudget("/client/index.xhtml");
        keepsToTheBudget("/client/today.xhtml");
        keepsToTheBudget("/client/progress.xhtml");
        keepsToTheBudget("/client/history.xhtml");
        signOut();

        signIn("tara@reload.example", DEMO_PASSWORD);
        keepsToTheBudget("/therapist/index.xhtml");
        keepsToTheBudget("/therapist/clients.xhtml");
        // a client's plan, by the link on My clients (e.g. /therapist/plan.xhtml?id=3)
        keepsToTheBudget(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Morgan"))
                .getAttribute("href"));
        signOut();

        signIn("staff@reload.example", DEMO_PASSWORD);
        keepsToTheBudget("/staff/index.xhtml");
        keepsToTheBudget("/staff/dashboard.xhtml");
        keepsToTheBudget("/staff/schedule.xhtml");
        keepsToTheBudget("/staff/audit.xhtml");
    }

    /** Opens the page (path and query) and checks what the portal counted for its GET. */
    private void keepsToTheBudget(String pathAndQuery) throws IOException {
        long logBefore = serverLog().toFile().length();
        open(pathAndQuery);
        assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
        String path = URI.create(pathAndQuery).getPath();
        // the count is written once the page has gone out, so it may come a moment after the page
        page.waitForCondition(() -> countsOf(path, logBefore).isPresent());
        Matcher counts = countsOf(path, logBefore).orElseThrow();
        int statements = Integer.parseInt(counts.group(2));
        int transactions = Integer.parseInt(counts.group(3));
        System.out.println(
                "GET " + path + ": " + statements + " SQL statements in " + transactions + " transaction(s)");
        assertTrue(statements > 0, path + " read nothing from the database: is it counted at all?");
        assertTrue(
                statements <= PageTransaction.BUDGET,
                path + " ran " + statements + " statements, more than " + PageTransaction.BUDGET);
        assertEquals(1, transactions, path + " ran more than one transaction");
    }

    /** The portal's count for a GET of the path, among the log lines written since the given length. */
    private Optional<Matcher> countsOf(String path, long logBefore) {
        try (RandomAccessFile log = new RandomAccessFile(serverLog().toFile(), "r")) {
            byte[] written = new byte[(int) (log.length() - logBefore)];
            log.seek(logBefore);
            log.readFully(written);
            Matcher line = COUNTS.matcher(new String(written, StandardCharsets.UTF_8));
            while (line.find()) {
                if (line.group(1).equals(path)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the server log " + serverLog(), e);
        }
    }
}
