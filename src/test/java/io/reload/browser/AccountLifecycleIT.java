package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.MailCatcher;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An account's life as people meet it: changing the password (another session of the account
 * ends), setting a new one through the mailed link, and staff switching a client off and on
 * again on the Clients page and a therapist on the Team page. Every button these pages added
 * is pressed here, with bad input where it takes input.
 */
class AccountLifecycleIT extends ClinicJourneyTest {

    private static final String NEW_PASSWORD = "deadlift-with-care-2026";
    private static final String NEW_PASSWORD_LABEL = "New password (at least 12 characters)";
    private static final String SIGN_IN_FAILED =
            "That email and password do not match an account. Please check both and try again.";
    private static final String SESSION_ENDED =
            "You have been signed out because your password was changed or your account was switched off. Please sign in again.";
    private static final String TOO_COMMON =
            "This password is one of the most common ones, so it is easy to guess. Please choose another (a few unrelated words work well).";
    private static final Pattern RESET_LINK =
            Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Test
    void aClientChangesTheirPasswordAndTheirOtherSessionEnds() {
        String email = uniqueEmail("changer");
        registerClient("Casey Changer", email, PASSWORD);
        Page elsewhere = signedInElsewhere(email, PASSWORD, "Hello, Casey Changer");

        link("Change password").click();
        arrivedAt("Change your password");
        fillPasswordChange("not-my-password-at-all", NEW_PASSWORD);
        button("Change password").click();
        refusedNextTo(page.getByLabel("Current password"), "That is not your current password.");
        fillPasswordChange(PASSWORD, "Qwerty123456");
        button("Change password").click();
        refusedNextTo(page.getByLabel(NEW_PASSWORD_LABEL), TOO_COMMON);

        fillPasswordChange(PASSWORD, NEW_PASSWORD);
        button("Change password").click();
        told("Your password has changed. Any other place you were signed in has been signed out.");

        // this session goes on; the other one is signed out at its next request
        open("/client/index.xhtml");
        arrivedAt("Hello, Casey Changer");
        assertSignedOutAtNextRequest(elsewhere, "/client/index.xhtml");

        signOut();
        submitSignIn(email, PASSWORD);
        assertThat(page.getByText(SIGN_IN_FAILED)).isVisible();
        signIn(email, NEW_PASSWORD);
        arrivedAt("Hello, Casey Changer");
    }

    @Test
    void aClientWhoForgotTheirPasswordSetsANewOneThroughTheMailedLink() throws Exception {
        try (MailCatcher mail = MailCatcher.start()) {
            String email = uniqueEmail("forgetful");
            registerClient("Frankie Forgetful", email, PASSWORD);
            Page elsewhere = signedInElsewhere(email, PASSWORD, "Hello, Frankie Forgetful");
            signOut();

            link("Forgot your password?").click();
            arrivedAt("Forgot your password?");
            page.getByLabel("Email").fill("frankie.example.com");
            button("Send reset link").click();
            refusedNextTo(
                    page.getByLabel("Email"),
                    "This does not look like an email address (for example name@example.com).");

            // the same answer whether or not the email has an account
            String nobody = uniqueEmail("nobody");
            askForResetLink(nobody);
            askForResetLink(email);

            String link = resetLinkIn(mail.awaitMail(email, "Set a new password", Duration.ofSeconds(30)));
            assertTrue(link.startsWith(baseUrl() + "/"), "the link leads to the portal: " + link);
            assertTrue(mail.mailsTo(nobody).isEmpty(), "no mail for an email without an account");
            String path = link.substring(baseUrl().length());

            open(path);
            arrivedAt("Set a new password");
            page.getByLabel(NEW_PASSWORD_LABEL).fill("password1234");
            button("Set new password").click();
            refusedNextTo(page.getByLabel(NEW_PASSWORD_LABEL), TOO_COMMON);
            page.getByLabel(NEW_PASSWORD_LABEL).fill(NEW_PASSWORD);
            button("Set new password").click();
            told("Your new password is set and you have been signed out everywhere. Please sign in with it.");
            arrivedAt("Sign in");

            assertSignedOutAtNextRequest(elsewhere, "/client/index.xhtml");
            signIn(email, NEW_PASSWORD);
            arrivedAt("Hello, Frankie Forgetful");
            signOut();

            // a link works once
            open(path);
            arrivedAt("Set a new password");
            assertThat(page.getByRole(AriaRole.ALERT))
                    .hasText("This link has already been used. Please ask for a new one if you still need it.");
            assertThat(page.getByLabel(NEW_PASSWORD_LABEL)).hasCount(0);
            link("Ask for a new link").click();
            arrivedAt("Forgot your password?");
            link("Back to sign in").click();
            arrivedAt("Sign in");
        }
    }

    @Test
    void staffDeactivateAClientOnTheClientsPageAndReactivateThem() {
        String email = uniqueEmail("paused");
        String name = "Pat Paused " + UUID.randomUUID().toString().substring(0, 6);
        registerClient(name, email, PASSWORD);
        signOut();
        Page client = signedInElsewhere(email, PASSWORD, "Hello, " + name);

        signIn(firstStaff());
        link("Clients").click();
        arrivedAt("Find a client");
        page.getByLabel("Name or email").fill(email);
        button("Search").click();
        assertThat(row(email)).containsText("Active");

        buttonInRow(email, "Deactivate").click();
        told(name + " is deactivated: they cannot sign in, and their open sessions have ended.");
        assertThat(row(email)).containsText("Deactivated");
        assertThat(row(email).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Book a screen")))
                .hasCount(0);

        assertSignedOutAtNextRequest(client, "/client/index.xhtml");
        submitSignIn(client, email, PASSWORD);
        assertThat(client.getByText(SIGN_IN_FAILED)).isVisible();

        buttonInRow(email, "Reactivate").click();
        told(name + " can sign in again.");
        assertThat(row(email)).containsText("Active");
        assertThat(buttonInRow(email, "Deactivate")).isVisible();

        submitSignIn(client, email, PASSWORD);
        assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, " + name)))
                .isVisible();
    }

    @Test
    void staffDeactivateATherapistOnTheTeamPageButNeverThemselves() {
        String name = "Tess Paused " + UUID.randomUUID().toString().substring(0, 6);
        Credentials therapist = createTherapist(name, uniqueEmail("therapist"), PASSWORD);
        Page elsewhere = signedInElsewhere(therapist.email(), PASSWORD, "Good to see you, " + name);

        signIn(firstStaff());
        link("Team").click();
        arrivedAt("Therapists and staff");
        assertThat(buttonInRow(firstStaff().email(), "Deactivate")).hasCount(0);

        buttonInRow(therapist.email(), "Deactivate").click();
        told(name + " is deactivated: they cannot sign in, and their open sessions have ended.");
        assertThat(row(therapist.email())).containsText("Deactivated");
        assertSignedOutAtNextRequest(elsewhere, "/therapist/index.xhtml");

        buttonInRow(therapist.email(), "Reactivate").click();
        told(name + " can sign in again.");
        assertThat(row(therapist.email())).containsText("Active");
    }

    // ----- steps -----

    /** The same account signed in on another browser, on its start page. */
    private Page signedInElsewhere(String email, String password, String startHeading) {
        Page other = anotherBrowser();
        other.navigate(baseUrl() + "/login.xhtml");
        submitSignIn(other, email, password);
        assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(startHeading)))
                .isVisible();
        return other;
    }

    private void assertSignedOutAtNextRequest(Page other, String path) {
        other.navigate(baseUrl() + path);
        assertThat(other.getByText(SESSION_ENDED)).isVisible();
        assertThat(other.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
                .isVisible();
        assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                .hasCount(0);
    }

    private void fillPasswordChange(String current, String newPassword) {
        page.getByLabel("Current password").fill(current);
        page.getByLabel(NEW_PASSWORD_LABEL).fill(newPassword);
    }

    private void askForResetLink(String email) {
        page.getByLabel("Email").fill(email);
        button("Send reset link").click();
        told("If " + email + " belongs to an account, we have sent a link to it. It works once, within 30 minutes.");
    }

    private static String resetLinkIn(MimeMessage mail) throws Exception {
        Matcher link = RESET_LINK.matcher(MailCatcher.partText(mail, "text/plain"));
        assertTrue(link.find(), "a reset link in the mail");
        return link.group(1);
    }

    private Locator row(String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator buttonInRow(String rowText, String buttonName) {
        return row(rowText)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(buttonName).setExact(true));
    }
}
