package io.reload.booking.service;

import java.io.Serializable;
import java.util.List;

/** One therapist on one day of the clinic's schedule: time off, or screens and free times in time order. */
public final class ScheduleCell implements Serializable {

    private final TherapistOption therapist;
    private final String timeOffNote;
    private final List<ScheduleEntry> entries;

    ScheduleCell(TherapistOption therapist, String timeOffNote, List<ScheduleEntry> entries) {
        this.therapist = therapist;
        this.timeOffNote = timeOffNote;
        this.entries = List.copyOf(entries);
    }

    public TherapistOption getTherapist() {
        return therapist;
    }
    /** True when the therapist takes this day off; screens booked before still show. */
    public boolean isOff() {
        return timeOffNote != null;
    }
    /** What the therapist wrote about the time off (may be empty). */
    public String getTimeOffNote() {
        return timeOffNote;
    }

    public List<ScheduleEntry> getEntries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
