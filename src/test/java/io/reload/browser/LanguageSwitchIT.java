package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The language a page is read in: the header switcher for anyone, the browser's language, and a
 * signed-in person's choice on the profile page, which outlives the session. Pages in Spanish
 * are told by their html lang attribute (the Spanish words come with the Spanish bundle), and
 * found by role and id there rather than by English names.
 */
class LanguageSwitchIT extends BrowserTest {

    private static final String PASSWORD = "lift-safely-2026";

    private static Locator switcher(Page on, String language) {
        return on.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language).setExact(true));
    }

    private void assertPageLanguage(String tag) {
        assertThat(page.locator("html")).hasAttribute("lang", tag);
    }

    @Test
    void theSwitcherShowsTheSamePageAgainInTheChosenLanguageAndTheNextPagesToo() {
        open("/login.xhtml");
        assertPageLanguage("en");
        assertThat(switcher(page, "Español")).hasAttribute("lang", "es");

        switcher(page, "Español").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml$"));
        assertPageLanguage("es");
        assertThat(switcher(page, "Español")).hasAttribute("aria-current", "true");
        open("/register.xhtml");
        assertPageLanguage("es");

        switcher(page, "English").click();

        assertThat(page).hasURL(Pattern.compile(".*/register\\.xhtml$"));
        assertPageLanguage("en");
    }

    @Test
    void aBrowserSetToSpanishGetsSpanishPagesAndOneSetToFrenchEnglishOnes() {
        Page spanish = anotherBrowser("es-ES");
        spanish.navigate(baseUrl() + "/index.xhtml");
        assertThat(spanish.locator("html")).hasAttribute("lang", "es");

        Page french = anotherBrowser("fr-FR");
        french.navigate(baseUrl() + "/index.xhtml");
        assertThat(french.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void aClientsChoiceOnTheProfilePageHoldsAtTheirNextSignIn() {
        String email = uniqueEmail("idioma");
        registerClient("Inés Cliente", email, PASSWORD);
        open("/account/profile.xhtml");
        assertPageLanguage("en");

        page.getByLabel("Language of your pages and mails").selectOption("es");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/account/profile\\.xhtml\\?saved=true$"));
        assertPageLanguage("es");
        assertThat(page.locator("#profile\\:language")).hasValue("es");
        open("/client/index.xhtml");
        assertPageLanguage("es");

        // signed out, the session and its choice are gone: the browser's English counts again
        page.locator("#signOut button[type=submit]").click();
        assertPageLanguage("en");
        open("/login.xhtml");
        submitSignIn(email, PASSWORD);
        assertThat(page.locator("#signOut")).isVisible();
        assertPageLanguage("es");
    }
}
