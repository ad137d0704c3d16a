package io.reload.shared.text;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Has Bean Validation read its constraint messages ({key} in an annotation) from the pages'
 * bundle, messages.properties, so each key has one owner: a field check on a page and a
 * service's refusal of the same form show the same text. META-INF/validation.xml names this
 * class. What the bundle does not have ({min}, the provider's own messages) is left to the
 * provider's standard interpolation, which then also fills in the constraint's attributes.
 */
public class MessagesBundleInterpolator implements MessageInterpolator {

    static final String BUNDLE = "messages";
    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)}");
    /** Not the server's default locale when the reader's has no bundle: the default bundle, as Faces does with a supported locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final MessageInterpolator standard =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return standard.interpolate(fromBundle(messageTemplate, locale), context, locale);
    }

    /** Each {key} that the locale's bundle (or the default one, messages.properties) has becomes its text. */
    static String fromBundle(String messageTemplate, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, MessagesBundleInterpolator.class.getClassLoader(), NO_FALLBACK);
        Matcher key = KEY.matcher(messageTemplate);
        StringBuilder resolved = new StringBuilder();
        while (key.find()) {
            String text = bundle.containsKey(key.group(1)) ? bundle.getString(key.group(1)) : key.group();
            key.appendReplacement(resolved, Matcher.quoteReplacement(text));
        }
        return key.appendTail(resolved).toString();
    }
}
