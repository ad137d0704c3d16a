package io.reload.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** The .ics read back the way a calendar app reads it: ical4j's own parser. */
class CalendarInviteTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration SCREEN = Duration.ofMinutes(45);

    private static CalendarInvite.Builder screenAt(String startUtc) {
        Instant start = Instant.parse(startUtc);
        return CalendarInvite.builder()
                .uid("screen-42@reload")
                .sequence(0)
                .start(start)
                .end(start.plus(SCREEN))
                .zone(LONDON)
                .summary("Free injury screen")
                .location("Reload clinic, 1 High Street")
                .description("Bring shorts and trainers.\nCancel online if you cannot come.")
                .organizerEmail("desk@reload.example")
                .attendeeEmail("jo@example.com")
                .stamp(Instant.parse("2026-03-01T12:00:00Z"));
    }

    private static Calendar parse(CalendarInvite invite) throws Exception {
        return new CalendarBuilder().build(new StringReader(invite.toText()));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property)
                .map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + property));
    }

    private static ZonedDateTime dateOf(VEvent event, String property) {
        Temporal date =
                event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return (ZonedDateTime) date;
    }

    private static String tzidOf(VEvent event, String property) {
        return event.getProperty(property)
                .orElseThrow()
                .getParameter(Parameter.TZID)
                .map(Parameter::getValue)
                .orElse("(none)");
    }

    @Test
    void startIsTheClinicsLocalTimeInSummerTime() throws Exception {
        VEvent event = event(parse(screenAt("2026-03-30T08:30:00Z").build()));

        assertEquals("Europe/London", tzidOf(event, Property.DTSTART));
        ZonedDateTime start = dateOf(event, Property.DTSTART);
        assertEquals(LocalTime.of(9, 30), start.toLocalTime());
        assertEquals(
                Instant.parse("2026-03-30T08:30:00Z"), start.toInstant(), "the VTIMEZONE must map 09:30 back to BST");
    }

    @Test
    void startIsTheClinicsLocalTimeInWinterTime() throws Exception {
        VEvent event = event(parse(screenAt("2026-03-27T09:30:00Z").build()));

        assertEquals("Europe/London", tzidOf(event, Property.DTSTART));
        ZonedDateTime start = dateOf(event, Property.DTSTART);
        assertEquals(LocalTime.of(9, 30), start.toLocalTime());
        assertEquals(
                Instant.parse("2026-03-27T09:30:00Z"), start.toInstant(), "the VTIMEZONE must map 09:30 back to GMT");
    }

    @Test
    void carriesTheMatchingTimeZoneDefinition() throws Exception {
        Calendar calendar = parse(screenAt("2026-03-30T08:30:00Z").build());

        VTimeZone timeZone =
                calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/London", timeZone.getTimeZoneId().getValue());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
    }

    @Test
    void endsFortyFiveMinutesAfterTheStartInTheSameZone() throws Exception {
        VEvent event = event(parse(screenAt("2026-03-30T08:30:00Z").build()));

        assertEquals("Europe/London", tzidOf(event, Property.DTEND));
        assertEquals(LocalTime.of(10, 15), dateOf(event, Property.DTEND).toLocalTime());
        assertEquals(SCREEN, Duration.between(dateOf(event, Property.DTSTART), dateOf(event, Property.DTEND)));
    }

    @Test
    void anInvitationIsARequestForAConfirmedVisit() throws Exception {
        CalendarInvite invite = screenAt("2026-03-30T08:30:00Z").build();
        Calendar calendar = parse(invite);
        VEvent event = event(calendar);

        assertEquals(
                "REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8", invite.contentType());
    }

    @Test
    void aCancellationSaysSoTwice() throws Exception {
        CalendarInvite invite = screenAt("2026-03-30T08:30:00Z")
                .method(CalendarInvite.Method.CANCEL)
                .sequence(2)
                .build();
        Calendar calendar = parse(invite);
        VEvent event = event(calendar);

        assertEquals(
                "CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", invite.contentType());
    }

    @Test
    void keepsUidAndSequenceSoCalendarsReplaceTheEarlierVersion() throws Exception {
        VEvent event = event(parse(screenAt("2026-03-30T08:30:00Z").sequence(3).build()));

        assertEquals("screen-42@reload", value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
    }

    @Test
    void namesProductStampPeopleAndPlace() throws Exception {
        Calendar calendar = parse(screenAt("2026-03-30T08:30:00Z").build());
        VEvent event = event(calendar);

        assertEquals(
                CalendarInvite.PRODUCT_ID,
                calendar.getProperty(Property.PRODID).orElseThrow().getValue());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals("20260301T120000Z", value(event, Property.DTSTAMP));
        assertEquals("mailto:desk@reload.example", value(event, Property.ORGANIZER));
        assertEquals("mailto:jo@example.com", value(event, Property.ATTENDEE));
        assertEquals("Free injury screen", value(event, Property.SUMMARY));
        assertEquals("Reload clinic, 1 High Street", value(event, Property.LOCATION));
        assertEquals(
                "Bring shorts and trainers.\nCancel online if you cannot come.", value(event, Property.DESCRIPTION));
    }

    @Test
    void isWrittenWithCrlfLineEndsInUtf8() {
        CalendarInvite invite =
                screenAt("2026-03-30T08:30:00Z").summary("Dépistage gratuit").build();
        String text = invite.toText();

        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
        assertTrue(text.replace("\r\n", "").indexOf('\n') < 0, "every line must end with CRLF");
        assertTrue(new String(invite.toBytes(), StandardCharsets.UTF_8).contains("SUMMARY:Dépistage gratuit"));
    }

    @Test
    void refusesAnAppointmentThatEndsBeforeItStarts() {
        CalendarInvite.Builder backwards = screenAt("2026-03-30T08:30:00Z").end(Instant.parse("2026-03-30T08:00:00Z"));

        assertThrows(IllegalArgumentException.class, backwards::build);
    }
}
