package io.reload.booking.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Every therapist's screens, free times and time off over some days: the staff's Schedule. */
public final class ClinicSchedule implements Serializable {

    private final LocalDate today;
    private final ZoneId zone;
    private final List<TherapistOption> therapists;
    private final List<ScheduleDay> days;

    ClinicSchedule(LocalDate today, ZoneId zone, List<TherapistOption> therapists, List<ScheduleDay> days) {
        this.today = today;
        this.zone = zone;
        this.therapists = List.copyOf(therapists);
        this.days = List.copyOf(days);
    }

    /** Today in the clinic's time zone. */
    public LocalDate getToday() {
        return today;
    }

    public ZoneId getZone() {
        return zone;
    }
    /** The columns, by name. */
    public List<TherapistOption> getTherapists() {
        return therapists;
    }

    public List<ScheduleDay> getDays() {
        return days;
    }
}
