package io.reload.booking.service;

import java.io.Serializable;
import java.time.ZonedDateTime;

/** One line of a therapist's day on the clinic's schedule: a screen, or a time still free. */
public final class ScheduleEntry implements Serializable {

    private final long therapistId;
    private final ZonedDateTime start;
    private final ScreenSummary screen;

    private ScheduleEntry(long therapistId, ZonedDateTime start, ScreenSummary screen) {
        this.therapistId = therapistId;
        this.start = start;
        this.screen = screen;
    }

    static ScheduleEntry booked(ScreenSummary screen) {
        return new ScheduleEntry(screen.getTherapistId(), screen.getStart(), screen);
    }

    static ScheduleEntry free(SlotOffer offer) {
        return new ScheduleEntry(offer.getTherapistId(), offer.getStart(), null);
    }

    public long getTherapistId() {
        return therapistId;
    }

    public ZonedDateTime getStart() {
        return start;
    }

    public long getStartEpochSecond() {
        return start.toEpochSecond();
    }
    /** The screen at this time, or null when the time is free. */
    public ScreenSummary getScreen() {
        return screen;
    }

    public boolean isFree() {
        return screen == null;
    }
}
