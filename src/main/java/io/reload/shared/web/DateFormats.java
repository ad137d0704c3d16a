package io.reload.shared.web;

import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times on pages, with the patterns from the message bundle: #{when.dayTime(x)}.
 * Values arrive already in the clinic's time zone (ZonedDateTime), so nothing here converts.
 * Patterns and names (months, weekdays) are those of the page's language ({@link PageLanguage}).
 */
@Named("when")
@ApplicationScoped
public class DateFormats {

    public String dayTime(ZonedDateTime value) {
        return format("format.dayTime", value);
    }

    public String time(ZonedDateTime value) {
        return format("format.time", value);
    }

    /** A time of day without a date, e.g. the hours down the side of the Schedule. */
    public String timeOfDay(LocalTime value) {
        return format("format.time", value);
    }

    /** An instant as the logs keep it, in UTC, e.g. "2026-12-01 09:15:02 UTC". */
    public String utc(Instant value) {
        return format("format.instantUtc", value.atZone(ZoneOffset.UTC));
    }

    public String day(LocalDate value) {
        return format("format.day", value);
    }

    public String dayShort(LocalDate value) {
        return format("format.dayShort", value);
    }

    public static String format(String patternKey, TemporalAccessor value) {
        return Texts.formatDate(PageLanguage.current(), patternKey, value);
    }
}
