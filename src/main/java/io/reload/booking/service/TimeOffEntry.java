package io.reload.booking.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A stretch of time off as the availability page lists it. */
public class TimeOffEntry implements Serializable {

    private final long id;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String note;

    public TimeOffEntry(long id, LocalDate firstDay, LocalDate lastDay, String note) {
        this.id = id;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
    }

    public long getId() {
        return id;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getNote() {
        return note;
    }
}
