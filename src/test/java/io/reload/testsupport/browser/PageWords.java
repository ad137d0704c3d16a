package io.reload.testsupport.browser;

import com.microsoft.playwright.Page;
import io.reload.shared.text.Languages;
import io.reload.shared.text.Texts;
import java.util.Locale;

/**
 * The portal's words as a page shows them: the message bundle of the page's language, read off
 * its {@code <html lang>}. Helpers that every test shares (signing in, the second factor) find
 * their fields by these, so they work on English and Spanish pages alike.
 */
public final class PageWords {

    private PageWords() {}

    public static Locale languageOf(Page page) {
        return Languages.ofTag(page.locator("html").getAttribute("lang"));
    }

    public static String of(Page page, String key, Object... arguments) {
        return Texts.format(languageOf(page), key, arguments);
    }
}
