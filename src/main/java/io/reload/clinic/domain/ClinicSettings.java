package io.reload.clinic.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.ZoneId;

/** The clinic's own settings: one row, seeded by migration, edited by staff. */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettings extends BaseEntity {

    public static final long THE_CLINIC = 1L;

    @Column(name = "clinic_name", nullable = false, length = 120)
    private String clinicName;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "cancel_cutoff_hours", nullable = false)
    private int cancelCutoffHours;

    @Version
    private long version;

    protected ClinicSettings() {
        // for JPA
    }

    public String getClinicName() {
        return clinicName;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public int getMinNoticeMinutes() {
        return minNoticeMinutes;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public int getCancelCutoffHours() {
        return cancelCutoffHours;
    }

    /** The booking rules these settings make, in the units the slot rules count in. */
    public BookingRules bookingRules() {
        return new BookingRules(
                getTimeZone(),
                Duration.ofMinutes(slotMinutes),
                Duration.ofMinutes(bufferMinutes),
                Duration.ofMinutes(minNoticeMinutes),
                Duration.ofDays(horizonDays),
                Duration.ofHours(cancelCutoffHours));
    }

    public long getVersion() {
        return version;
    }

    public void change(
            String clinicName,
            ZoneId timeZone,
            int slotMinutes,
            int bufferMinutes,
            int minNoticeMinutes,
            int horizonDays,
            int cancelCutoffHours) {
        this.clinicName = clinicName.strip();
        this.timeZone = timeZone.getId();
        this.slotMinutes = slotMinutes;
        this.bufferMinutes = bufferMinutes;
        this.minNoticeMinutes = minNoticeMinutes;
        this.horizonDays = horizonDays;
        this.cancelCutoffHours = cancelCutoffHours;
    }
}
