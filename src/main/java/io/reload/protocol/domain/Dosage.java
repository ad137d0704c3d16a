package io.reload.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numbers of a prescription, every one optional: which apply depends on its kind (sets and
 * reps for an exercise, a share of the one-rep max for a lift, an amount per kilogram of body
 * weight for water and protein). Days and weeks count from the start of the phase (day 1, week 1)
 * and say when the prescription applies; empty means throughout the phase.
 */
@Embeddable
public class Dosage implements Serializable {

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 100, message = "{template.number.tooLarge}")
    @Column(name = "sets_count")
    private Integer setsCount;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 1000, message = "{template.number.tooLarge}")
    private Integer reps;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 1440, message = "{template.number.tooLarge}")
    @Column(name = "min_minutes")
    private Integer minMinutes;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 1440, message = "{template.number.tooLarge}")
    @Column(name = "max_minutes")
    private Integer maxMinutes;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 24, message = "{template.number.tooLarge}")
    @Column(name = "times_per_day")
    private Integer timesPerDay;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 14, message = "{template.number.tooLarge}")
    @Column(name = "times_per_week")
    private Integer timesPerWeek;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 48, message = "{template.number.tooLarge}")
    @Column(name = "every_min_hours")
    private Integer everyMinHours;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 48, message = "{template.number.tooLarge}")
    @Column(name = "every_max_hours")
    private Integer everyMaxHours;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 365, message = "{template.number.tooLarge}")
    @Column(name = "for_min_days")
    private Integer forMinDays;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 365, message = "{template.number.tooLarge}")
    @Column(name = "for_max_days")
    private Integer forMaxDays;

    @DecimalMin(value = "1", message = "{template.percent.range}")
    @DecimalMax(value = "100", message = "{template.percent.range}")
    @Column(name = "min_percent_1rm", precision = 5, scale = 2)
    private BigDecimal minPercent1rm;

    @DecimalMin(value = "1", message = "{template.percent.range}")
    @DecimalMax(value = "100", message = "{template.percent.range}")
    @Column(name = "max_percent_1rm", precision = 5, scale = 2)
    private BigDecimal maxPercent1rm;

    @DecimalMin(value = "0.01", message = "{template.number.positive}")
    @DecimalMax(value = "1000", message = "{template.number.tooLarge}")
    @Column(name = "min_per_kg", precision = 6, scale = 2)
    private BigDecimal minPerKg;

    @DecimalMin(value = "0.01", message = "{template.number.positive}")
    @DecimalMax(value = "1000", message = "{template.number.tooLarge}")
    @Column(name = "max_per_kg", precision = 6, scale = 2)
    private BigDecimal maxPerKg;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 366, message = "{template.number.tooLarge}")
    @Column(name = "first_day")
    private Integer firstDay;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 366, message = "{template.number.tooLarge}")
    @Column(name = "last_day")
    private Integer lastDay;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 52, message = "{template.number.tooLarge}")
    @Column(name = "first_week")
    private Integer firstWeek;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 52, message = "{template.number.tooLarge}")
    @Column(name = "last_week")
    private Integer lastWeek;

    public Dosage copy() {
        Dosage copy = new Dosage();
        copy.setsCount = setsCount;
        copy.reps = reps;
        copy.perSide = perSide;
        copy.minMinutes = minMinutes;
        copy.maxMinutes = maxMinutes;
        copy.timesPerDay = timesPerDay;
        copy.timesPerWeek = timesPerWeek;
        copy.everyMinHours = everyMinHours;
        copy.everyMaxHours = everyMaxHours;
        copy.forMinDays = forMinDays;
        copy.forMaxDays = forMaxDays;
        copy.minPercent1rm = minPercent1rm;
        copy.maxPercent1rm = maxPercent1rm;
        copy.minPerKg = minPerKg;
        copy.maxPerKg = maxPerKg;
        copy.firstDay = firstDay;
        copy.lastDay = lastDay;
        copy.firstWeek = firstWeek;
        copy.lastWeek = lastWeek;
        return copy;
    }

    /** Whether it applies on this day of the phase (day 1 is the first; week 1 is days 1-7). */
    public boolean appliesOn(long dayOfPhase) {
        long week = (dayOfPhase - 1) / 7 + 1;
        return within(dayOfPhase, firstDay, lastDay) && within(week, firstWeek, lastWeek);
    }

    private static boolean within(long value, Integer first, Integer last) {
        return (first == null || value >= first) && (last == null || value <= last);
    }

    /** The name of the first range whose lower end lies above its upper end, if any. */
    public Optional<String> firstReversedRange() {
        if (reversed(minMinutes, maxMinutes)) return Optional.of("maxMinutes");
        if (reversed(everyMinHours, everyMaxHours)) return Optional.of("everyMaxHours");
        if (reversed(forMinDays, forMaxDays)) return Optional.of("forMaxDays");
        if (reversed(minPercent1rm, maxPercent1rm)) return Optional.of("maxPercent1rm");
        if (reversed(minPerKg, maxPerKg)) return Optional.of("maxPerKg");
        if (reversed(firstDay, lastDay)) return Optional.of("lastDay");
        if (reversed(firstWeek, lastWeek)) return Optional.of("lastWeek");
        return Optional.empty();
    }

    private static <T extends Comparable<T>> boolean reversed(T min, T max) {
        return min != null && max != null && min.compareTo(max) > 0;
    }

    public Integer getSetsCount() {
        return setsCount;
    }

    public void setSetsCount(Integer setsCount) {
        this.setsCount = setsCount;
    }

    public Integer getReps() {
        return reps;
    }

    public void setReps(Integer reps) {
        this.reps = reps;
    }

    public boolean isPerSide() {
        return perSide;
    }

    public void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(Integer minMinutes) {
        this.minMinutes = minMinutes;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(Integer maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public Integer getTimesPerDay() {
        return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
        this.timesPerDay = timesPerDay;
    }

    public Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    public void setTimesPerWeek(Integer timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }

    public Integer getEveryMinHours() {
        return everyMinHours;
    }

    public void setEveryMinHours(Integer everyMinHours) {
        this.everyMinHours = everyMinHours;
    }

    public Integer getEveryMaxHours() {
        return everyMaxHours;
    }

    public void setEveryMaxHours(Integer everyMaxHours) {
        this.everyMaxHours = everyMaxHours;
    }

    public Integer getForMinDays() {
        return forMinDays;
    }

    public void setForMinDays(Integer forMinDays) {
        this.forMinDays = forMinDays;
    }

    public Integer getForMaxDays() {
        return forMaxDays;
    }

    public void setForMaxDays(Integer forMaxDays) {
        this.forMaxDays = forMaxDays;
    }

    public BigDecimal getMinPercent1rm() {
        return minPercent1rm;
    }

    public void setMinPercent1rm(BigDecimal minPercent1rm) {
        this.minPercent1rm = minPercent1rm;
    }

    public BigDecimal getMaxPercent1rm() {
        return maxPercent1rm;
    }

    public void setMaxPercent1rm(BigDecimal maxPercent1rm) {
        this.maxPercent1rm = maxPercent1rm;
    }

    public BigDecimal getMinPerKg() {
        return minPerKg;
    }

    public void setMinPerKg(BigDecimal minPerKg) {
        this.minPerKg = minPerKg;
    }

    public BigDecimal getMaxPerKg() {
        return maxPerKg;
    }

    public void setMaxPerKg(BigDecimal maxPerKg) {
        this.maxPerKg = maxPerKg;
    }

    public Integer getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(Integer firstDay) {
        this.firstDay = firstDay;
    }

    public Integer getLastDay() {
        return lastDay;
    }

    public void setLastDay(Integer lastDay) {
        this.lastDay = lastDay;
    }

    public Integer getFirstWeek() {
        return firstWeek;
    }

    public void setFirstWeek(Integer firstWeek) {
        this.firstWeek = firstWeek;
    }

    public Integer getLastWeek() {
        return lastWeek;
    }

    public void setLastWeek(Integer lastWeek) {
        this.lastWeek = lastWeek;
    }
}
