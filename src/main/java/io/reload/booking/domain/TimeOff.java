package io.reload.booking.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days a therapist is away: holidays, courses, sick leave. */
@Entity
@Table(name = "time_off")
public class TimeOff extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private Account therapist;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(length = 200)
    private String note;

    protected TimeOff() {
        // for JPA
    }

    public TimeOff(Account therapist, DateRange days, String note) {
        this.therapist = therapist;
        this.firstDay = days.first();
        this.lastDay = days.last();
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public DateRange days() {
        return new DateRange(firstDay, lastDay);
    }

    public Account getTherapist() {
        return therapist;
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
