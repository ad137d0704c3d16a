package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.Credentials;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accounts as people meet them in the browser: registering, signing in and out, refusals,
 * and the pages a role may not see. Every test builds its own people.
 */
class AccountJourneyIT extends BrowserTest {

    private static final String PASSWORD = "lift-safely-2026";
    private static final String SIGN_IN_FAILED =
            "That email and password do not match an account. Please check both and try again.";

    @Test
    void aNewClientRegistersSignsOutAndSignsInAgain() {
        String email = uniqueEmail("client");
        fillRegistration("Jamie Lifter", email, "+1 555 0100", PASSWORD);
        createAccountButton().click();

        assertThat(heading("Hello, Jamie Lifter")).isVisible();
        assertThat(page.getByText("Your account is ready.")).isVisible();

        signOut();
        assertThat(page.getByText("You have signed out.")).isVisible();
        assertThat(heading("Sign in")).isVisible();
        assertThat(signOutButton()).isHidden();

        signIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/client/index\\.xhtml$"));
        assertThat(heading("Hello, Jamie Lifter")).isVisible();
    }

    @Test
    void registrationRefusesAnInvalidEmailNextToTheFieldAndKeepsTheRest() {
        fillRegistration("Jamie Lifter", "jamie.example.com", "+1 555 0100", PASSWORD);
        createAccountButton().click();

        assertRefusedNextTo("Email", "This does not look like an email address (for example name@example.com).");
        assertFormKept("Jamie Lifter", "jamie.example.com", "+1 555 0100");
    }

    @Test
    void registrationRefusesAPasswordShorterThan12CharactersNextToTheField() {
        String email = uniqueEmail("short");
        fillRegistration("Jamie Lifter", email, "+1 555 0100", "elevenchars");
        createAccountButton().click();

        assertRefusedNextTo("Password (at least 12 characters)", "Your password must be 12 to 128 characters long.");
        assertFormKept("Jamie Lifter", email, "+1 555 0100");
    }

    @Test
    void registrationRefusesAnEmailThatAlreadyHasAnAccount() {
        String email = uniqueEmail("twice");
        registerClient("First Person", email, PASSWORD);
        signOut();

        fillRegistration("Second Person", email, "+1 555 0199", "another-password-1");
        createAccountButton().click();

        assertRefusedNextTo(
                "Email", "An account with this email already exists. Sign in instead, or use another email.");
        assertFormKept("Second Person", email, "+1 555 0199");
    }

    @Test
    void aWrongPasswordOrUnknownEmailIsRefusedWithTheSameMessage() {
        Credentials staff = firstStaff();
        open("/login.xhtml");
        submitSignIn(staff.email(), staff.password() + "-wrong");
        assertThat(page.getByText(SIGN_IN_FAILED)).isVisible();
        assertThat(signOutButton()).isHidden();

        // the same words for an email without an account: the page does not tell which exist
        submitSignIn(uniqueEmail("nobody"), PASSWORD);
        assertThat(page.getByText(SIGN_IN_FAILED)).isVisible();
        assertThat(signOutButton()).isHidden();
    }

    /** ASVS 7.2.4: a session id planted before sign-in must be worth nothing after it. */
    @Test
    void theSessionIdChangesAtSignIn() {
        String email = uniqueEmail("session");
        registerClient("Sam Session", email, PASSWORD);
        signOut();

        open("/login.xhtml");
        String before = sessionId();
        submitSignIn(email, PASSWORD);
        assertThat(heading("Hello, Sam Session")).isVisible();
        String after = sessionId();
        assertNotEquals(before, after, "JSESSIONID must change at sign-in");

        // someone holding the old id does not get the signed-in session
        BrowserContext context = page.context();
        context.clearCookies();
        context.addCookies(List.of(new Cookie("JSESSIONID", before).setUrl(baseUrl())));
        open("/client/index.xhtml");
        assertThat(heading("Sign in")).isVisible();
    }

    @Test
    void aTherapistLandsOnMyDayAndGets403OnStaffPages() {
        String email = uniqueEmail("therapist");
        createTherapist("Terry Therapist", email, PASSWORD);

        signIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/therapist/index\\.xhtml$"));
        assertThat(page).hasTitle(Pattern.compile("^My day"));
        assertThat(heading("Good to see you, Terry Therapist")).isVisible();

        Response staffPage = open("/staff/index.xhtml");
        assertEquals(403, staffPage.status());
        assertThat(heading("This page is not for your account")).isVisible();
        assertThat(heading("Clinic overview")).isHidden();
    }

    @Test
    void pagesLinkTheIconAndTheAddressBrowsersAskForFindsItToo() {
        open("/");
        String icon = page.locator("head link[rel=icon]").getAttribute("href");
        assertEquals("/favicon.svg", icon);
        for (String path : List.of(icon, "/favicon.ico")) {
            APIResponse response = page.request().get(baseUrl() + path); // follows the redirect of /favicon.ico
            assertEquals(200, response.status(), path);
            assertTrue(
                    response.headers().get("content-type").startsWith("image/svg+xml"),
                    path + ": " + response.headers());
            assertTrue(response.text().contains("<svg"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/no-such-page.xhtml"})
    void anUnknownAddressShowsTheNotFoundPage(String path) {
        Response response = open(path);
        assertEquals(404, response.status());
        assertThat(heading("We could not find that page")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page")))
                .isVisible();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndThenToTheClientPageFirstAskedFor() {
        String email = uniqueEmail("returning");
        registerClient("Robin Return", email, PASSWORD);
        signOut();

        open("/client/index.xhtml");
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
        assertThat(heading("Sign in")).isVisible();

        submitSignIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/client/index\\.xhtml$"));
        assertThat(heading("Hello, Robin Return")).isVisible();
    }

    /**
     * The same for staff, where the page asked for (Team) is not the start page of the role
     * (Clinic overview), so only a working "continue where you were" passes.
     */
    @Test
    void staffSentToSignInFromTheTeamPageReturnToTheTeamPage() {
        open("/staff/team.xhtml");
        assertThat(heading("Sign in")).isVisible();

        submitSignIn(firstStaff().email(), firstStaff().password());
        assertThat(page).hasURL(Pattern.compile(".*/staff/team\\.xhtml$"));
        assertThat(heading("Therapists and staff")).isVisible();
    }

    @Test
    void theHomePageWorksOnA390PixelPhone() {
        usePhoneViewport();
        open("/");

        Locator book = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a free screen"));
        assertThat(book).isVisible();
        assertThat(book).isInViewport();
        // nothing wider than the screen: no sideways scrolling on a phone
        assertTrue(
                (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "the home page is wider than 390 px");
    }

    // ----- refusal checks -----

    /** The message sits with its field (in the field's own block), and the page stays the form. */
    private void assertRefusedNextTo(String label, String message) {
        assertThat(heading("Create your client account")).isVisible();
        Locator input = page.getByLabel(label);
        Locator field = page.locator(".field").filter(new Locator.FilterOptions().setHas(input));
        assertThat(field.getByText(message)).isVisible();
        // and a screen reader hears it with the field, not only somewhere on the page
        assertThat(input).hasAccessibleDescription(message);
        assertThat(signOutButton()).isHidden();
    }

    private void assertFormKept(String name, String email, String phone) {
        assertThat(page.getByLabel("Full name")).hasValue(name);
        assertThat(page.getByLabel("Email")).hasValue(email);
        assertThat(page.getByLabel("Phone (optional)")).hasValue(phone);
    }

    private String sessionId() {
        return page.context().cookies(baseUrl()).stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JSESSIONID cookie"));
    }
}
