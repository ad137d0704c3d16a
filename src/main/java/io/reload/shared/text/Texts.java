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

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return parameters == null || parameters.length == 0 ? text : new MessageFormat(text, locale).format(inWords(locale, parameters));
    }

    /** A weekday (services pass the enum) is named in the reader's language: "Monday", not "MONDAY". */
    private static Object[] inWords(Locale locale, Object[] parameters) {
        return Stream.of(parameters)
                .map(parameter -> parameter instanceof DayOfWeek day ? day.getDisplayName(TextStyle.FULL, locale) : parameter)
                .toArray();
    }

    /** A date or time with a pattern from the bundle, e.g. "format.dayTime". */
    public static String formatDate(Locale locale, String patternKey, TemporalAccessor value) {
        return value == null ? "" : DateTimeFormatter.ofPattern(format(locale, patternKey), locale).format(value);
    }
}
