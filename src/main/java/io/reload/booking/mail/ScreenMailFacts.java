package io.reload.booking.mail;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * What a mail about a screen says, as values: the service collects them, {@link ScreenMailTexts}
 * puts them into words. Times are in the clinic's zone.
 *
 * @param clientLanguage the client account's chosen language tag, or null when they chose none
 * @param organizerEmail the clinic's sending address, the invitation's organizer
 * @param sentAt when the mail is made, the invitation's stamp (from the clinic's clock)
 */
public record ScreenMailFacts(
        long screenId,
        int sequence,
        String clientName,
        String clientEmail,
        String clientLanguage,
        String therapistName,
        String clinicName,
        ZonedDateTime start,
        ZonedDateTime end,
        String organizerEmail,
        Instant sentAt) {}
