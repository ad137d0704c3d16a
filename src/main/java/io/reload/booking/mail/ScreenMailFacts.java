package io.reload.booking.mail;

import java.time.ZonedDateTime;

/**
 * What a mail about a screen says, as values: the service collects them, {@link ScreenMailTexts}
 * puts them into words. Times are in the clinic's zone.
 *
 * @param clientLanguage the client account's chosen language tag, or null when they chose none
 * @param organizerEmail the clinic's sending address, the invitation's organizer
 */
public record ScreenMailFacts(long screenId, int sequence, String clientName, String clientEmail, String clientLanguage,
                              String therapistName, String clinicName, ZonedDateTime start, ZonedDateTime end,
                              String organizerEmail) {
}
