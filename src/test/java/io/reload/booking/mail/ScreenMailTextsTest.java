package io.reload.booking.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.shared.mail.OutgoingMail;
import io.reload.shared.text.RecipientLanguage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The mails about a screen are written in the client's chosen language, else (no request here) English. */
class ScreenMailTextsTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 9, 10, 0, 0, 0, ZoneId.of("Europe/London"));
    private final ScreenMailTexts texts = new ScreenMailTexts(new RecipientLanguage());

    private static ScreenMailFacts screenFor(String language) {
        return new ScreenMailFacts(
                42,
                0,
                "Jo Lifter",
                "jo@example.com",
                language,
                "Tara Therapist",
                "Reload clinic",
                START,
                START.plusMinutes(45),
                "clinic@example.com",
                START.toInstant().minusSeconds(86_400));
    }

    @Test
    void aClientWithoutAChoiceGetsTheEnglishWordsAsToday() {
        OutgoingMail mail = texts.compose(ScreenMailTexts.Kind.BOOKED, screenFor(null));

        assertEquals("Your free screen on Wednesday 9 December 2026, 10:00", mail.subject());
        assertTrue(
                mail.body()
                        .startsWith(
                                "Hello Jo Lifter,\n\nyour free injury screen with Tara Therapist at Reload clinic is booked for"),
                mail.body());
        assertEquals("en", mail.language().orElseThrow());
    }

    @Test
    void aClientWhoChoseSpanishGetsTheMailAndItsDatesInSpanish() {
        OutgoingMail mail = texts.compose(ScreenMailTexts.Kind.REMINDER, screenFor("es"));

        assertEquals(
                "Recordatorio: tu valoración gratuita del miércoles 9 de diciembre de 2026, 10:00", mail.subject());
        assertEquals("es", mail.language().orElseThrow());
    }

    @Test
    void theInvitationIsACancellationOnlyForTheCancelledMail() {
        String cancelled = new String(
                texts.compose(ScreenMailTexts.Kind.CANCELLED, screenFor("es"))
                        .attachments()
                        .get(0)
                        .content(),
                StandardCharsets.UTF_8);
        String moved = new String(
                texts.compose(ScreenMailTexts.Kind.RESCHEDULED, screenFor(null))
                        .attachments()
                        .get(0)
                        .content(),
                StandardCharsets.UTF_8);

        assertTrue(cancelled.contains("METHOD:CANCEL"), cancelled);
        assertTrue(moved.contains("METHOD:REQUEST"), moved);
    }
}
