package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.reload.testsupport.browser.SecondFactorSteps.enrol;
import static io.reload.testsupport.browser.SecondFactorSteps.field;
import static io.reload.testsupport.browser.SecondFactorSteps.nextCode;
import static io.reload.testsupport.browser.SecondFactorSteps.wrongCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.Credentials;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The second factor as people meet it: a new therapist sets it up at their first sign-in (the
 * test is their authenticator app, working the codes out from the setup key the page shows),
 * signs in with a code and with a recovery code (once), staff reset it on the Team page, and a
 * client turns it on and off.
 */
class SecondFactorJourneyIT extends BrowserTest {

    private static final String PASSWORD = "lift-safely-2026";
    private static final String WRONG_CODE =
            "That code is not right. Type the code your app shows now, or one of your recovery codes.";
    private static final String SET_UP = "Set up a second factor";
    private static final String ENTER_CODE = "Enter the code from your authenticator app";

    @Test
    void aNewTherapistEnrolsSignsInWithACodeAndARecoveryCodeOnceAndStaffResetIt() {
        Credentials therapist = createTherapist("Tia Twofactor", uniqueEmail("therapist"), PASSWORD);

        // first sign-in: the password alone gets only as far as setting up the second factor
        passwordOnly(therapist);
        assertThat(heading(SET_UP)).isVisible();
        Locator qrCode = page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR code of your setup key, to scan with your authenticator app"));
        assertThat(qrCode).isVisible();
        assertTrue(
                qrCode.getAttribute("src").startsWith("data:image/svg+xml;base64,"),
                "the QR code is made by the portal itself");
        assertTrue(
                page.getByLabel("Setup key").inputValue().matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"),
                "the key for typing by hand");
        open("/therapist/index.xhtml");
        assertThat(heading(SET_UP)).isVisible();
        assertThat(signOutButton()).isHidden();

        field(page, "Code from your app").fill("12345");
        button("Confirm").click();
        assertRefusedNextTo("Code from your app", WRONG_CODE);

        List<String> recoveryCodes = enrol(page, therapist.email());
        assertThat(heading("Keep your recovery codes")).isVisible();
        String kept = recoveryCodes.get(0);
        button("I have kept my recovery codes, continue").click();
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        signOut();

        // a code from the app, after a wrong one
        passwordOnly(therapist);
        assertThat(heading(ENTER_CODE)).isVisible();
        codeField().fill(wrongCode(therapist.email()));
        button("Continue").click();
        assertRefusedNextTo("Code from your app, or a recovery code", WRONG_CODE);
        codeField().fill(nextCode(page, therapist.email()));
        button("Continue").click();
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        signOut();

        // a recovery code works once
        passwordOnly(therapist);
        codeField().fill(kept);
        button("Continue").click();
        assertThat(heading("Good to see you, " + therapist.name())).isVisible();
        signOut();

        passwordOnly(therapist);
        codeField().fill(kept);
        button("Continue").click();
        assertRefusedNextTo("Code from your app, or a recovery code", WRONG_CODE);
        // wrong codes in a row send the person back to the password
        for (int attempt = 2; attempt <= 5; attempt++) {
            codeField().fill(wrongCode(therapist.email()));
            pressForANewPage(button("Continue"));
        }
        assertThat(heading("Sign in")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("Too many wrong codes. Please sign in again.")))
                .isVisible();

        // staff reset it; the therapist sets one up again at the next sign-in
        signIn(firstStaff());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team"))
                .click();
        assertThat(teamRow(firstStaff().name()).getByRole(AriaRole.BUTTON)).hasCount(0);
        teamRow(therapist.name())
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset second factor"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText(therapist.name() + " will set up a second factor again at their next sign-in.");
        signOut();

        passwordOnly(therapist);
        assertThat(heading(SET_UP)).isVisible();
        enrol(page, therapist.email());
        button("I have kept my recovery codes, continue").click();
        assertThat(page).hasURL(Pattern.compile(".*/therapist/index\\.xhtml$"));
    }

    @Test
    void aClientTurnsTheSecondFactorOnFromTheHeaderAndOffWithACurrentCode() {
        Credentials client = new Credentials("Cora Careful", uniqueEmail("client"), PASSWORD);
        registerClient(client.name(), client.email(), client.password());

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Second factor").setExact(true))
                .click();
        assertThat(page.getByText("Off: you sign in with your email and password."))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Turn on the second factor"))
                .click();
        assertThat(heading(SET_UP)).isVisible();
        assertEquals(10, enrol(page, client.email()).size());
        button("I have kept my recovery codes, continue").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The second factor is on. From now on, signing in also asks for a code from your app.");
        signOut();

        passwordOnly(client);
        assertThat(heading(ENTER_CODE)).isVisible();
        codeField().fill(nextCode(page, client.email()));
        button("Continue").click();
        assertThat(heading("Hello, " + client.name())).isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Second factor").setExact(true))
                .click();
        field(page, "Current code from your app").fill("12");
        button("Turn off the second factor").click();
        assertRefusedNextTo("Current code from your app", WRONG_CODE);
        field(page, "Current code from your app").fill(nextCode(page, client.email()));
        button("Turn off the second factor").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The second factor is off.");
        signOut();

        signIn(client);
        assertThat(page).hasURL(Pattern.compile(".*/client/index\\.xhtml$"));
    }

    // ----- steps -----

    /** The sign-in form sent by hand (not {@link #signIn}, which would do the second factor too). */
    private void passwordOnly(Credentials who) {
        open("/login.xhtml");
        page.getByLabel("Email").fill(who.email());
        page.getByLabel("Password").fill(who.password());
        button("Sign in").click();
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(-setup)?\\.xhtml.*"));
    }

    private Locator codeField() {
        return field(page, "Code from your app, or a recovery code");
    }

    /** Presses the button and waits until the page it leads to has loaded (the same page again, here). */
    private void pressForANewPage(Locator button) {
        page.evaluate("() => document.documentElement.dataset.pressed = 'true'");
        button.click();
        assertThat(page.locator("html:not([data-pressed])")).hasCount(1);
    }

    private Locator teamRow(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void assertRefusedNextTo(String label, String message) {
        Locator input = field(page, label);
        Locator field = page.locator(".field").filter(new Locator.FilterOptions().setHas(input));
        assertThat(field.getByText(message)).isVisible();
        assertThat(input).hasAccessibleDescription(message);
    }
}
