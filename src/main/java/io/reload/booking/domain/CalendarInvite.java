package io.reload.booking.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * One appointment as an iCalendar (RFC 5545) invitation or cancellation, to attach to a mail.
 * Start and end are written as the clinic's local time with its TZID, and the matching
 * VTIMEZONE goes along, so calendar apps show the clinic's time even across a clock change.
 * Calendar apps match updates by UID and keep the one with the highest SEQUENCE: give every
 * appointment one UID for life and raise the sequence with each reschedule and the cancellation.
 */
public final class CalendarInvite {

    /** The file name mail clients expect for an invitation. */
    public static final String FILE_NAME = "invite.ics";

    static final String PRODUCT_ID = "-//Reload//Clinic portal//EN";

    /** REQUEST for a new or moved appointment, CANCEL when it is called off. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    private final String uid;
    private final int sequence;
    private final Method method;
    private final Instant start;
    private final Instant end;
    private final ZoneId zone;
    private final String summary;
    private final String location;
    private final String description;
    private final String organizerEmail;
    private final String attendeeEmail;
    private final Instant stamp;

    private CalendarInvite(Builder b) {
        this.uid = requireText(b.uid, "uid");
        if (b.sequence < 0) {
            throw new IllegalArgumentException("The sequence starts at 0, was " + b.sequence);
        }
        this.sequence = b.sequence;
        this.method = Objects.requireNonNull(b.method, "method");
        this.start = Objects.requireNonNull(b.start, "start");
        this.end = Objects.requireNonNull(b.end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An appointment must end after it starts: " + start + " .. " + end);
        }
        this.zone = Objects.requireNonNull(b.zone, "zone");
        this.summary = requireText(b.summary, "summary");
        this.location = b.location;
        this.description = b.description;
        this.organizerEmail = requireText(b.organizerEmail, "organizerEmail");
        this.attendeeEmail = requireText(b.attendeeEmail, "attendeeEmail");
        // DTSTAMP is when this message was made (by the clinic's clock); whole seconds are all the format holds.
        this.stamp = Objects.requireNonNull(b.stamp, "stamp").truncatedTo(ChronoUnit.SECONDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For the mail part: the method parameter is what makes mail clients offer "add to calendar". */
    public String contentType() {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }

    public Method method() {
        return method;
    }

    /** The .ics text, lines folded and ended with CRLF as RFC 5545 asks. */
    public String toText() {
        StringWriter out = new StringWriter();
        try {
            // Validating: an invitation calendar apps would reject is a bug to find here, not in a client's inbox.
            new CalendarOutputter(true).output(toCalendar(), out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Cannot write the invitation for " + uid, e);
        }
        return out.toString();
    }

    public byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    private Calendar toCalendar() {
        VTimeZone timeZone = vTimeZone();
        // Write times under the TZID the VTIMEZONE carries (an alias such as "GB" resolves to "Europe/London").
        ZoneId tzid = ZoneId.of(timeZone.getTimeZoneId().getValue());
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(ZonedDateTime.ofInstant(start, tzid)));
        event.add(new DtEnd<>(ZonedDateTime.ofInstant(end, tzid)));
        event.add(new Summary(summary));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(new Organizer(mailto(organizerEmail)));
        // RSVP=FALSE: nobody reads replies to the clinic's mail; the portal is where a booking changes.
        event.add(new Attendee(mailto(attendeeEmail)).add(Role.REQ_PARTICIPANT).add(Rsvp.FALSE));
        event.add(ImmutableTransp.OPAQUE);
        event.add(method == Method.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(timeZone);
        calendar.add(event);
        return calendar;
    }

    /** The zone's definition from the tz data inside the ical4j jar; nothing is fetched over the network. */
    private VTimeZone vTimeZone() {
        TimeZone timeZone =
                TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("No time zone definition for " + zone
                    + "; the clinic's time zone must be a region such as Europe/London");
        }
        return timeZone.getVTimeZone();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** Collects the appointment's details; {@link #build()} checks them. */
    public static final class Builder {

        private String uid;
        private int sequence;
        private Method method = Method.REQUEST;
        private Instant start;
        private Instant end;
        private ZoneId zone;
        private String summary;
        private String location;
        private String description;
        private String organizerEmail;
        private String attendeeEmail;
        private Instant stamp;

        private Builder() {}

        /** Stable for the appointment's whole life, e.g. {@code screen-42@reload}. */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /** 0 when first sent, one more with every change after that. */
        public Builder sequence(int sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder method(Method method) {
            this.method = method;
            return this;
        }

        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /** The clinic's time zone: the one the times are shown in. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder organizerEmail(String organizerEmail) {
            this.organizerEmail = organizerEmail;
            return this;
        }

        public Builder attendeeEmail(String attendeeEmail) {
            this.attendeeEmail = attendeeEmail;
            return this;
        }

        /** When this message is made (DTSTAMP); now unless given. */
        public Builder stamp(Instant stamp) {
            this.stamp = stamp;
            return this;
        }

        public CalendarInvite build() {
            return new CalendarInvite(this);
        }
    }
}
