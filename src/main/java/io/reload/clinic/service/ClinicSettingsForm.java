package io.reload.clinic.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The clinic settings as staff edit them; the limits keep the booking calendar sane. */
public class ClinicSettingsForm implements Serializable {

    @NotBlank(message = "{settings.name.required}")
    @Size(max = 120, message = "{settings.name.tooLong}")
    private String clinicName;

    @NotBlank(message = "{settings.timeZone.required}")
    private String timeZone;

    @NotNull(message = "{settings.number.required}")
    @Min(value = 15, message = "{settings.slotMinutes.range}")
    @Max(value = 240, message = "{settings.slotMinutes.range}")
    private Integer slotMinutes;

    @NotNull(message = "{settings.number.required}")
    @Min(value = 0, message = "{settings.bufferMinutes.range}")
    @Max(value = 120, message = "{settings.bufferMinutes.range}")
    private Integer bufferMinutes;

    @NotNull(message = "{settings.number.required}")
    @Min(value = 0, message = "{settings.minNoticeMinutes.range}")
    @Max(value = 10080, message = "{settings.minNoticeMinutes.range}")
    private Integer minNoticeMinutes;

    @NotNull(message = "{settings.number.required}")
    @Min(value = 1, message = "{settings.horizonDays.range}")
    @Max(value = 182, message = "{settings.horizonDays.range}")
    private Integer horizonDays;

    @NotNull(message = "{settings.number.required}")
    @Min(value = 0, message = "{settings.cancelCutoffHours.range}")
    @Max(value = 336, message = "{settings.cancelCutoffHours.range}")
    private Integer cancelCutoffHours;

    private long version;

    public String getClinicName() {
        return clinicName;
    }

    public void setClinicName(String clinicName) {
        this.clinicName = clinicName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public Integer getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(Integer bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }

    public Integer getMinNoticeMinutes() {
        return minNoticeMinutes;
    }

    public void setMinNoticeMinutes(Integer minNoticeMinutes) {
        this.minNoticeMinutes = minNoticeMinutes;
    }

    public Integer getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(Integer horizonDays) {
        this.horizonDays = horizonDays;
    }

    public Integer getCancelCutoffHours() {
        return cancelCutoffHours;
    }

    public void setCancelCutoffHours(Integer cancelCutoffHours) {
        this.cancelCutoffHours = cancelCutoffHours;
    }
    /** The version the editor started from, so two staff editing at once do not overwrite each other. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
