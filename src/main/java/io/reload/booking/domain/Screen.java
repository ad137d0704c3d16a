package io.reload.booking.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A free injury screen: one client, one therapist, one slot. */
@Entity
@Table(name = "screens")
public class Screen extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Account client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private Account therapist;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booked_by_id")
    private Account bookedBy;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    /** Same as startAt while the screen holds its slot; null once cancelled (see the unique key). */
    @Column(name = "slot_start")
    private Instant slotStart;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ScreenStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Column(name = "self_check_id")
    private Long selfCheckId;

    /** Goes up with every change of time, so calendar apps replace the old invitation. */
    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private long version;

    protected Screen() {
        // for JPA
    }

    public Screen(Account client, Account therapist, Account bookedBy, Slot slot, Urgency urgency, Long selfCheckId) {
        this.client = client;
        this.therapist = therapist;
        this.bookedBy = bookedBy;
        this.urgency = urgency;
        this.selfCheckId = selfCheckId;
        this.status = ScreenStatus.BOOKED;
        holdSlot(slot);
    }

    private void holdSlot(Slot slot) {
        this.startAt = slot.start();
        this.endAt = slot.end();
        this.slotStart = slot.start();
    }

    /** Before the cutoff (e.g. 24 h before the start) the client may still move or cancel it. */
    public boolean isChangeableAt(Instant now, Duration cutoff) {
        return status == ScreenStatus.BOOKED && now.isBefore(startAt.minus(cutoff));
    }

    public boolean isUpcomingAt(Instant now) {
        return status == ScreenStatus.BOOKED && endAt.isAfter(now);
    }

    public void moveTo(Account newTherapist, Slot slot) {
        this.therapist = newTherapist;
        holdSlot(slot);
        this.sequence++;
        this.reminderSentAt = null;
    }

    public void cancel() {
        this.status = ScreenStatus.CANCELLED;
        this.slotStart = null;
        this.sequence++;
    }

    /** Attendance is recorded from the day of the screen on, in clinic time. */
    public boolean isAttendanceRecordableAt(Instant now, ZoneId zone) {
        LocalDate screenDay = startAt.atZone(zone).toLocalDate();
        return status != ScreenStatus.CANCELLED
                && !now.atZone(zone).toLocalDate().isBefore(screenDay);
    }

    public void recordAttendance(boolean attended) {
        this.status = attended ? ScreenStatus.ATTENDED : ScreenStatus.NO_SHOW;
    }

    public void reminderSent(Instant when) {
        this.reminderSentAt = when;
    }

    public Interval interval() {
        return new Interval(startAt, endAt);
    }

    public Account getClient() {
        return client;
    }

    public Account getTherapist() {
        return therapist;
    }

    public Account getBookedBy() {
        return bookedBy;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public ScreenStatus getStatus() {
        return status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Long getSelfCheckId() {
        return selfCheckId;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
