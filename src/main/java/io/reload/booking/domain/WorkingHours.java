package io.reload.booking.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A therapist's hours on one weekday; a weekday without a row is a day off. */
@Entity
@Table(name = "working_hours")
public class WorkingHours extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private Account therapist;

    @Convert(converter = DayOfWeekConverter.class)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected WorkingHours() {
        // for JPA
    }

    public WorkingHours(Account therapist, DayHours hours) {
        this.therapist = therapist;
        this.day = hours.day();
        this.startsAt = hours.from();
        this.endsAt = hours.until();
    }

    /** Whose hours these are, without loading the therapist's account. */
    public long therapistId() {
        return therapist.getId();
    }

    public DayHours toDayHours() {
        return new DayHours(day, startsAt, endsAt);
    }
}
