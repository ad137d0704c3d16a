package io.reload.shared.text;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Every text the portal shows or mails comes from the "messages" bundle. Pages reach it
 * through Faces (#{msg[...]}); services that write mails use this class.
 */
public final class Texts {

    public static final String BUNDLE = "messages";

    private Texts() {}

    public static String format(Locale locale, String key, Object... parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return parameters == null || parameters.length == 0
                ? text
                : new MessageFormat(text, locale).format(inWords(locale, parameters));
    }

    /** What a service said ({@link Wording}: a key and its arguments) in the reader's language. */
    public static String format(Locale locale, Wording wording) {
        return format(locale, wording.key(), wording.args());
    }

    /**
     * A weekday (services pass the enum) is named in the reader's language: "Monday", not
     * "MONDAY"; a wording among the arguments is said first.
     */
    private static Object[] inWords(Locale locale, Object[] parameters) {
        return Stream.of(parameters)
                .map(parameter -> parameter instanceof DayOfWeek day
                        ? day.getDisplayName(TextStyle.FULL, locale)
                        : parameter instanceof Wording wording ? format(locale, wording) : parameter)
                .toArray();
    }

    /** A date or time with a pattern from the bundle, e.g. "format.dayTime". */
    public static String formatDate(Locale locale, String patternKey, TemporalAccessor value) {
        return value == null
                ? ""
                : DateTimeFormatter.ofPattern(format(locale, patternKey), locale)
                        .format(value);
    }
}
