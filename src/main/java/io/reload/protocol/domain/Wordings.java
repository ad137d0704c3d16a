package io.reload.protocol.domain;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one rule for reading protocol content in a language: a text's translation into the
 * reader's language when it has one, else the text as written. Translations are keyed by
 * language ("es"), so "es-MX" reads the Spanish one.
 */
final class Wordings {

    private Wordings() {}

    /**
     * The translated text, or the written one when the reader's language has no translation, or
     * the translation leaves this text out. A null reader reads the text as written.
     */
    static <W> String inLanguage(Map<String, W> translations, Locale reader, Function<W, String> text, String written) {
        W wording = reader == null ? null : translations.get(reader.getLanguage());
        String translated = wording == null ? null : text.apply(wording);
        return translated == null ? written : translated;
    }
}
