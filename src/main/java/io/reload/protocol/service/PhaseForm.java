package io.reload.protocol.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A phase's name, purpose and nominal length (empty: no end, as for maintenance). */
public class PhaseForm implements Serializable {

    @NotBlank(message = "{template.phase.name.required}")
    @Size(max = 120, message = "{template.name.tooLong}")
    private String name;

    @Size(max = 1000, message = "{template.text.tooLong}")
    private String purpose;

    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 365, message = "{template.number.tooLarge}")
    private Integer nominalDays;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getNominalDays() {
        return nominalDays;
    }

    public void setNominalDays(Integer nominalDays) {
        this.nominalDays = nominalDays;
    }
}
