package io.reload.shared.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a request is read in: the signed-in account's choice, else the choice this
 * visitor made in the header for this session, else the best supported match of the browser's
 * Accept-Language, else English. A pure rule, so each step is tested without a container.
 */
public final class LanguageChoice {

    private LanguageChoice() {}

    /**
     * @param accountTag the signed-in account's language tag, or null (signed out, or no choice made)
     * @param sessionTag the tag the visitor chose in this session, or null
     * @param acceptLanguage the request's Accept-Language header, or null
     */
    public static Locale of(String accountTag, String sessionTag, String acceptLanguage) {
        return supported(accountTag)
                .or(() -> supported(sessionTag))
                .or(() -> bestMatch(acceptLanguage))
                .orElse(Languages.DEFAULT);
    }

    /** The first range, by weight, whose language the portal speaks: "fr, es-MX;q=0.8" is Spanish. */
    static Optional<Locale> bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty(); // a header we cannot read says nothing
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight)
                        .reversed())
                .map(range -> supported(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Languages.SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }
}
