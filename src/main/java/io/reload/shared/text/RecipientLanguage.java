package io.reload.shared.text;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language a mail is written in: the recipient account's choice, else the language of the
 * request that caused the mail (the page the person booked on), else English (a timer with
 * nobody's request behind it).
 */
@Dependent
public class RecipientLanguage {

    @Inject
    ReaderLocale reader;

    /** @param accountTag the recipient's chosen language tag, or null when they chose none */
    public Locale of(String accountTag) {
        if (accountTag != null && !accountTag.isBlank()) {
            return Languages.ofTag(accountTag);
        }
        if (reader == null) {
            return Languages.DEFAULT; // made by hand, outside the container
        }
        try {
            return reader.get();
        } catch (ContextNotActiveException noRequest) {
            return Languages.DEFAULT;
        }
    }
}
