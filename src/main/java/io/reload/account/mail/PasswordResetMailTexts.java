package io.reload.account.mail;

import io.reload.shared.mail.OutgoingMail;
import io.reload.shared.text.RecipientLanguage;
import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** The words of the "set a new password" mail, in the recipient's language; the service sends it. */
@ApplicationScoped
public class PasswordResetMailTexts {

    @Inject
    RecipientLanguage languages;

    /** For CDI. */
    protected PasswordResetMailTexts() {}

    public PasswordResetMailTexts(RecipientLanguage languages) {
        this.languages = languages;
    }

    /**
     * @param languageTag the recipient account's chosen language, or null
     * @param link the address that sets the new password
     * @param validMinutes how long the link works
     */
    public OutgoingMail compose(String email, String fullName, String languageTag, String link, long validMinutes) {
        Locale locale = languages.of(languageTag);
        return OutgoingMail.to(email, fullName)
                .subject(Texts.format(locale, "mail.reset.subject"))
                .body(Texts.format(locale, "mail.reset.body", fullName, link, validMinutes))
                .language(locale.toLanguageTag())
                .build();
    }
}
