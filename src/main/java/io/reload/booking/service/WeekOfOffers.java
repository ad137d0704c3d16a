package io.reload.booking.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Monday to Sunday of free times, in the clinic's time zone. */
public class WeekOfOffers implements Serializable {

    private final LocalDate monday;
    private final List<DayOfOffers> days;
    private final boolean earlierWeekBookable;
    private final boolean laterWeekBookable;

    public WeekOfOffers(
            LocalDate monday, List<DayOfOffers> days, boolean earlierWeekBookable, boolean laterWeekBookable) {
        this.monday = monday;
        this.days = List.copyOf(days);
        this.earlierWeekBookable = earlierWeekBookable;
        this.laterWeekBookable = laterWeekBookable;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    public LocalDate getPreviousMonday() {
        return monday.minusWeeks(1);
    }

    public LocalDate getNextMonday() {
        return monday.plusWeeks(1);
    }

    public List<DayOfOffers> getDays() {
        return days;
    }

    public boolean isEarlierWeekBookable() {
        return earlierWeekBookable;
    }

    public boolean isLaterWeekBookable() {
        return laterWeekBookable;
    }

    public boolean isWithoutTimes() {
        return days.stream().allMatch(DayOfOffers::isWithoutTimes);
    }
}
