package io.reload.booking.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A day of the clinic's schedule: a cell per therapist, in the order of the schedule's columns. */
public final class ScheduleDay implements Serializable {

    private final LocalDate date;
    private final List<ScheduleCell> cells;

    ScheduleDay(LocalDate date, List<ScheduleCell> cells) {
        this.date = date;
        this.cells = List.copyOf(cells);
    }

    public LocalDate getDate() {
        return date;
    }

    public List<ScheduleCell> getCells() {
        return cells;
    }
    /** Nobody works, nobody is booked: the day has nothing to show. */
    public boolean isQuiet() {
        return cells.stream().allMatch(ScheduleCell::isEmpty);
    }
}
