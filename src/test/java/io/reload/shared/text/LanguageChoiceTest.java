package io.reload.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The order of the language rule: account, then session, then Accept-Language, then English. */
class LanguageChoiceTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theAccountsChoiceWinsOverTheSessionAndTheBrowser() {
        assertEquals(SPANISH, LanguageChoice.of("es", "en", "en-GB"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of("en", "es", "es-ES"));
    }

    @Test
    void withoutAnAccountChoiceTheSessionsWinsOverTheBrowser() {
        assertEquals(SPANISH, LanguageChoice.of(null, "es", "en-US,en;q=0.9"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, "en", "es-ES"));
    }

    @Test
    void withoutAChoiceTheBrowsersBestSupportedLanguageCounts() {
        assertEquals(SPANISH, LanguageChoice.of(null, null, "es-ES"));
        assertEquals(SPANISH, LanguageChoice.of(null, null, "es-MX"));
        assertEquals(SPANISH, LanguageChoice.of(null, null, "fr-FR, es;q=0.8, en;q=0.5"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, "de, en-GB;q=0.9, es;q=0.8"));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsEnglish() {
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, "fr"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, "*"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, "es;q=0, fr"));
    }

    @Test
    void noHeaderOrAnUnreadableOneIsEnglish() {
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, null));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, ""));
        assertEquals(Locale.ENGLISH, LanguageChoice.of(null, null, "not a ;; header=="));
    }

    @Test
    void anUnsupportedChoiceIsSkippedForTheNextStep() {
        assertEquals(SPANISH, LanguageChoice.of("fr", null, "es"));
        assertEquals(Locale.ENGLISH, LanguageChoice.of("", "de", null));
    }
}
