package io.reload.booking.service;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One row of the weekly-hours form: does the therapist work that day, and from when until when. */
public class WeekdayHours implements Serializable {

    private DayOfWeek day;
    private boolean working;
    private LocalTime from;
    private LocalTime until;

    public WeekdayHours() {}

    public WeekdayHours(DayOfWeek day, boolean working, LocalTime from, LocalTime until) {
        this.day = day;
        this.working = working;
        this.from = from;
        this.until = until;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public boolean isWorking() {
        return working;
    }

    public void setWorking(boolean working) {
        this.working = working;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getUntil() {
        return until;
    }

    public void setUntil(LocalTime until) {
        this.until = until;
    }
}
