package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.reload.testsupport.browser.ClinicJourneyTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff read the security events (issue 11, item 4): a failed sign-in, then the staff member's
 * own sign-in, found on the Security log with the filters, who, from which address and when (UTC).
 */
class SecurityLogIT extends ClinicJourneyTest {

    @Test
    void staffFindAFailedSignInAndTheirOwnByKindAndEmail() {
        String guessed = uniqueEmail("guessed");
        open("/login.xhtml");
        submitSignIn(guessed, "not-the-password-at-all");
        assertThat(page.getByText("That email and password do not match an account. Please check both and try again."))
                .isVisible();

        signIn(firstStaff());
        link("Security log").click();
        arrivedAt("Security log");
        page.getByLabel("What").selectOption(new SelectOption().setLabel("Sign-in failed"));
        page.getByLabel("Email contains (whose or by whom)").fill(guessed);
        button("Show").click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]kind=SIGN_IN_FAILED.*"));
        Locator rows = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(guessed));
        assertThat(rows).hasCount(1);
        assertThat(rows).containsText("Sign-in failed");
        assertThat(rows).containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"));
        assertThat(rows).containsText(Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"));

        page.getByLabel("What").selectOption(new SelectOption().setLabel("Signed in"));
        page.getByLabel("Email contains (whose or by whom)").fill(firstStaff().email());
        button("Show").click();
        assertThat(page.getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText("Signed in"))
                        .first())
                .containsText(firstStaff().email());
        assertThat(page.getByText("No events match.")).hasCount(0);
    }
}
