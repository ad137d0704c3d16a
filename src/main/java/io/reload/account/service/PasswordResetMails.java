package io.reload.account.service;

import io.reload.account.domain.PasswordReset;
import io.reload.account.mail.PasswordResetMailTexts;
import io.reload.shared.mail.MailQueue;
import io.reload.shared.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail with a "set a new password" link. The link is made from the portal's public address
 * (base.url, BASE_URL), never from the request's Host header, which a sender could choose.
 * Goes out after the commit, on another thread: the page answers as fast for any email. Its
 * words, in the recipient's language, are {@link PasswordResetMailTexts}'.
 */
@ApplicationScoped
public class PasswordResetMails {

    @Inject
    MailQueue mailQueue;

    @Inject
    PasswordResetMailTexts texts;

    @Inject
    @ConfigProperty(name = "base.url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested request) {
        mailQueue.sendSoon(compose(request), "the password reset mail to " + request.email());
    }

    OutgoingMail compose(PasswordResetRequested request) {
        String link = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "reset-password.xhtml?token="
                + URLEncoder.encode(request.token(), StandardCharsets.UTF_8);
        return texts.compose(
                request.email(), request.fullName(), request.language(), link, PasswordReset.VALID_FOR.toMinutes());
    }
}
