package io.reload.booking.web;

import io.reload.booking.service.ScheduleCell;
import io.reload.booking.service.ScheduleDay;
import io.reload.booking.service.ScheduleEntry;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One hour of the day view: for each therapist's column, what starts within that hour. Rows run
 * from the first hour anyone is booked or free to the last, so columns line up by time.
 */
public final class HourRow implements Serializable {

    private final LocalTime hour;
    private final List<Cell> cells;

    private HourRow(LocalTime hour, List<Cell> cells) {
        this.hour = hour;
        this.cells = cells;
    }

    /** A therapist's entries in one hour; off when the therapist takes the day off. */
    public record Cell(boolean off, List<ScheduleEntry> entries) implements Serializable {
        public boolean isOff() {
            return off;
        }

        public List<ScheduleEntry> getEntries() {
            return entries;
        }
    }

    static List<HourRow> of(ScheduleDay day) {
        List<Integer> startHours = day.getCells().stream()
                .flatMap(cell -> cell.getEntries().stream())
                .map(entry -> entry.getStart().getHour())
                .toList();
        if (startHours.isEmpty()) {
            return List.of();
        }
        int first = startHours.stream().min(Integer::compare).orElseThrow();
        int last = startHours.stream().max(Integer::compare).orElseThrow();
        return IntStream.rangeClosed(first, last)
                .mapToObj(hour -> new HourRow(
                        LocalTime.of(hour, 0),
                        day.getCells().stream().map(cell -> cellAt(cell, hour)).toList()))
                .toList();
    }

    private static Cell cellAt(ScheduleCell cell, int hour) {
        return new Cell(
                cell.isOff(),
                cell.getEntries().stream()
                        .filter(entry -> entry.getStart().getHour() == hour)
                        .toList());
    }

    public LocalTime getHour() {
        return hour;
    }

    public List<Cell> getCells() {
        return cells;
    }
}
