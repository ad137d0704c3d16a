package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal is not an error: someone else's id, an unknown id, a missing or malformed view
 * parameter get the not-found page; a sign-in POST without its email gets the form again with
 * a plain message; a tampered view state reloads the page with the "had expired" notice. None
 * of them is a 500, and none writes a SEVERE stack trace to the server's log.
 */
class RefusalPagesIT extends ClinicJourneyTest {

    private static final String NOT_FOUND = "We could not find that page";

    @Test
    void someoneElsesOrAnUnknownIdAndBadViewParametersAreTheNotFoundPage() throws IOException {
        Credentials holder = therapistWorkingEveryDay("Hal Holder");
        BookedScreen screen = clientBooksAScreenWith(holder, "Ola Owner");
        Credentials other = createTherapist("Oz Other", uniqueEmail("therapist"), PASSWORD);
        long logBefore = Files.size(serverLog());

        signIn(holder);
        Locator screenLink = page.getByRole(
                AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(screen.when()));
        String screenPage = screenLink.first().getAttribute("href");
        signOut();

        signIn(other);
        assertNotFound(screenPage);
        assertNotFound("/therapist/screen.xhtml?id=999999999");
        assertNotFound("/therapist/screen.xhtml?id=abc");
        assertNotFound("/therapist/screen.xhtml");
        assertNotFound("/therapist/plan.xhtml?id=abc");
        assertNotFound("/therapist/findings.xhtml?screen=999999999");
        signOut();

        signIn(screen.client());
        // Sign out is a plain POST: one sent from another site is refused, and the person stays signed in
        APIResponse forged = page.request()
                .post(
                        baseUrl() + "/sign-out",
                        RequestOptions.create()
                                .setHeader("Origin", "https://elsewhere.example")
                                .setHeader("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, forged.status());
        assertNotFound("/booking/book.xhtml?therapist=abc");
        assertNotFound("/booking/book.xhtml?week=abc");
        assertNotFound("/booking/booked.xhtml?screen=999999999");
        assertNotFound("/booking/confirm.xhtml?start=abc");
        assertNotFound("/client/session.xhtml?id=abc");
        assertNotFound("/client/history.xhtml?page=abc");
        signOut();

        assertEquals(List.of(), severeLinesSince(logBefore), "a refusal wrote a stack trace to the server log");
    }

    @Test
    void aSignInWithoutItsEmailFieldAndATamperedViewStateGetTheFormAgain() throws IOException {
        long logBefore = Files.size(serverLog());

        open("/login.xhtml");
        page.getByLabel("Email").evaluate("field => field.remove()");
        page.getByLabel("Password").fill("whatever-it-is-2026");
        Response answer = page.waitForResponse(
                response -> response.url().contains("/login.xhtml")
                        && response.request().method().equals("POST"),
                () -> button("Sign in").click());
        assertEquals(200, answer.status());
        assertThat(page.getByText("Please enter your email and your password.")).isVisible();
        assertThat(page.getByLabel("Email")).isVisible();

        page.locator("input[name='jakarta.faces.ViewState']").first().evaluate("state => state.value = 'tampered'");
        page.getByLabel("Email").fill("someone@reload.test");
        page.getByLabel("Password").fill("whatever-it-is-2026");
        button("Sign in").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Your page had been open too long, so we loaded it again. Please try once more.");
        assertThat(heading("Sign in")).isVisible();

        assertEquals(List.of(), severeLinesSince(logBefore), "a refused POST wrote a stack trace to the server log");
    }

    private void assertNotFound(String path) {
        Response response =
                open(path.startsWith("http") ? path.substring(baseUrl().length()) : path);
        assertEquals(404, response.status(), path);
        assertThat(heading(NOT_FOUND)).isVisible();
    }

    private List<String> severeLinesSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(serverLog());
        String written =
                new String(log, (int) offset, log.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8);
        return written.lines().filter(line -> line.contains(" SEVERE ")).toList();
    }
}
