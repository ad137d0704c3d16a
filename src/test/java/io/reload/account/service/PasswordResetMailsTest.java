package io.reload.account.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.mail.PasswordResetMailTexts;
import io.reload.shared.mail.OutgoingMail;
import io.reload.shared.text.RecipientLanguage;
import org.junit.jupiter.api.Test;

class PasswordResetMailsTest {

    private static OutgoingMail mailWithBaseUrl(String baseUrl) {
        PasswordResetMails mails = new PasswordResetMails();
        mails.baseUrl = baseUrl;
        mails.texts = new PasswordResetMailTexts(new RecipientLanguage());
        return mails.compose(new PasswordResetRequested("jo@example.com", "Jo Lifter", "abc-DEF_123"));
    }

    @Test
    void theLinkStartsWithThePortalsPublicAddressAndSaysHowLongItWorks() {
        OutgoingMail mail = mailWithBaseUrl("https://portal.example.org/");

        assertEquals("jo@example.com", mail.toAddress());
        assertEquals("Set a new password for the Reload clinic portal", mail.subject());
        assertTrue(
                mail.body().contains("https://portal.example.org/reset-password.xhtml?token=abc-DEF_123\n"),
                mail.body());
        assertTrue(mail.body().startsWith("Hello Jo Lifter,"), mail.body());
        assertTrue(mail.body().contains("within 30 minutes"), mail.body());
    }

    @Test
    void anAddressWithoutTheTrailingSlashWorksToo() {
        assertTrue(mailWithBaseUrl("https://portal.example.org/clinic")
                .body()
                .contains("https://portal.example.org/clinic/reset-password.xhtml?token="));
    }

    @Test
    void theTokenNeverShowsInTheEventsText() {
        assertEquals(
                "PasswordResetRequested[jo@example.com]",
                new PasswordResetRequested("jo@example.com", "Jo", "secret").toString());
    }
}
