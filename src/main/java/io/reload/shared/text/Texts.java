package io.reload.shared.text;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

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
        return parameters == null || parameters.length == 0 ? text : new MessageFormat(text, locale).format(parameters);
    }

    /** A date or time with a pattern from the bundle, e.g. "format.dayTime". */
    public static String formatDate(Locale locale, String patternKey, TemporalAccessor value) {
        return value == null ? "" : DateTimeFormatter.ofPattern(format(locale, patternKey), locale).format(value);
    }
}
