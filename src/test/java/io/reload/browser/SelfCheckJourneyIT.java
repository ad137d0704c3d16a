package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The self-check before booking as a person meets it (clinical-rules 1): the worst answer
 * decides whether and how a screen is offered, and staff hear of emergencies.
 */
class SelfCheckJourneyIT extends BrowserTest {

    private static final String PASSWORD = "lift-safely-2026";
    private static final Pattern REGISTER_WITH_CHECK = Pattern.compile(".*/register\\.xhtml\\?check=[0-9a-f-]{36}$");
    private static final Pattern BOOK_WITH_CHECK = Pattern.compile(".*/booking/book\\.xhtml\\?check=[0-9a-f-]{36}$");

    @Test
    void anEmergencyAnswerOffersNoBookingAndStaffSeeItOnTheirStartPage() {
        signIn(firstStaff());
        int alertsBefore = emergencyAlerts().count();
        signOut();

        open("/");
        bookLink().click();
        assertThat(heading("Before you book: a one-minute self-check")).isVisible();
        page.getByLabel("I have lost some control of my bladder or bowels.").check();
        seeMyResult().click();

        assertThat(heading("Get emergency care now")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("Get emergency care now")))
                .containsText("Call your local emergency number now");
        assertThat(bookLink()).hasCount(0);
        assertThat(link("I already have an account")).hasCount(0);

        signIn(firstStaff());
        assertThat(heading("Alerts to acknowledge (last 7 days)")).isVisible();
        assertThat(emergencyAlerts()).hasCount(alertsBefore + 1);
        assertThat(emergencyAlerts().first()).containsText("not signed in");
        // in the portal's one date format ("Tuesday 1 December 2026, 22:30"), not the browser's 12-hour US one
        assertThat(emergencyAlerts().first())
                .hasText(Pattern.compile(
                        ".*[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}:\\s+not signed in.*",
                        Pattern.DOTALL));
    }

    @Test
    void aWarningRecommendsBookingSoonAndListsTheAnswersThatRaisedIt() {
        open("/selfcheck.xhtml");
        page.getByLabel("A dull stiffness").check();
        page.getByLabel("The pain is on one side only.").check();
        page.getByLabel("The pain gets worse when I cough or sneeze.").check();
        seeMyResult().click();

        assertThat(heading("Book a screen sooner rather than later")).isVisible();
        assertThat(page.locator(".raised-by li"))
                .hasText(new String[] {"The pain is on one side only.", "The pain gets worse when I cough or sneeze."});
        assertThat(bookLink()).hasAttribute("href", REGISTER_WITH_CHECK);
        assertThat(link("I already have an account")).hasAttribute("href", BOOK_WITH_CHECK);

        bookLink().click();
        assertThat(heading("Create your client account")).isVisible();
    }

    @Test
    void someoneWithAnAccountSignsInAndArrivesAtBookingWithTheirCheck() {
        String email = uniqueEmail("returning");
        registerClient("Robin Return", email, PASSWORD);
        signOut();

        open("/selfcheck.xhtml");
        page.getByLabel("The pain is sharp and intense").check();
        seeMyResult().click();
        assertThat(heading("Book a screen sooner rather than later")).isVisible();
        link("I already have an account").click();
        assertThat(heading("Sign in")).isVisible();
        submitSignIn(email, PASSWORD);

        assertThat(page).hasURL(BOOK_WITH_CHECK);
        assertThat(heading("Pick a time for your free screen")).isVisible();
    }

    @Test
    void aSignedInClientWithARedFlagIsSentStraightToBooking() {
        registerClient("Casey Client", uniqueEmail("selfcheck"), PASSWORD);
        open("/selfcheck.xhtml");
        page.getByLabel("Numbness").check();
        seeMyResult().click();

        assertThat(heading("Stop all training and see a sports physician")).isVisible();
        assertThat(page.getByText("We will mark it as urgent for your therapist."))
                .isVisible();
        assertThat(bookLink()).hasAttribute("href", BOOK_WITH_CHECK);
        assertThat(link("I already have an account")).hasCount(0);
    }

    @Test
    void nothingTickedIsReassuredAndStillOfferedAScreen() {
        open("/selfcheck.xhtml");
        seeMyResult().click();

        assertThat(heading("This sounds like normal soreness after lifting")).isVisible();
        assertThat(page.getByText("You ticked none of the sentences.")).isVisible();
        assertThat(bookLink()).hasAttribute("href", REGISTER_WITH_CHECK);
    }

    @Test
    void anUnknownLinkShowsAPlainMessage() {
        Response response = open("/selfcheck-result.xhtml?check=" + UUID.randomUUID());

        assertEquals(200, response.status());
        assertThat(heading("We could not find that self-check")).isVisible();
        assertThat(link("Start a new self-check")).isVisible();
    }

    private Locator seeMyResult() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my result"));
    }

    private Locator bookLink() {
        return link("Book a free screen");
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator emergencyAlerts() {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Alerts to acknowledge (last 7 days)"))
                .getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHasText("Emergency self-check"));
    }
}
