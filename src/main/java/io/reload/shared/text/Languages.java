package io.reload.shared.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks: English, the default, and Spanish. Every bundle exists in
 * each of them; anything else asked for gets the closest of these.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private Languages() {}

    /** The supported language of the same language as asked for ("es-MX" is Spanish), else English. */
    public static Locale closestTo(Locale asked) {
        if (asked == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(asked.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** Whether the tag ("en", "es") names one of the portal's languages exactly, as a choice must. */
    public static boolean isSupported(String tag) {
        return tag != null
                && SUPPORTED.stream().anyMatch(locale -> locale.toLanguageTag().equals(tag));
    }

    /** A language tag as an account keeps it ("es"), or null, as the supported language. */
    public static Locale ofTag(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT : closestTo(Locale.forLanguageTag(tag));
    }
}
