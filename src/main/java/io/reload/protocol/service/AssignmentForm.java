package io.reload.protocol.service;

import io.reload.protocol.domain.WeightUnit;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a therapist enters to assign a plan: which template, from when, the client's pre-injury
 * deadlift one-rep max and body weight (both in the chosen unit), and the phase to start in.
 */
public class AssignmentForm implements Serializable {

    @NotNull(message = "{plan.template.required}")
    private Long templateId;

    @NotNull(message = "{plan.startsOn.required}")
    private LocalDate startsOn;

    @NotNull(message = "{plan.oneRepMax.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{plan.oneRepMax.positive}")
    @DecimalMax(value = "1000", message = "{plan.oneRepMax.tooLarge}")
    private BigDecimal oneRepMax;

    @NotNull(message = "{plan.bodyWeight.required}")
    @DecimalMin(value = "20", message = "{plan.bodyWeight.range}")
    @DecimalMax(value = "700", message = "{plan.bodyWeight.range}")
    private BigDecimal bodyWeight;

    @NotNull(message = "{plan.unit.required}")
    private WeightUnit unit = WeightUnit.KG;

    /** 1-based, as the page numbers the phases. */
    @NotNull(message = "{plan.startingPhase.required}")
    @Min(value = 1, message = "{plan.startingPhase.required}")
    private Integer startingPhase = 1;

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public BigDecimal getOneRepMax() {
        return oneRepMax;
    }

    public void setOneRepMax(BigDecimal oneRepMax) {
        this.oneRepMax = oneRepMax;
    }

    public BigDecimal getBodyWeight() {
        return bodyWeight;
    }

    public void setBodyWeight(BigDecimal bodyWeight) {
        this.bodyWeight = bodyWeight;
    }

    public WeightUnit getUnit() {
        return unit;
    }

    public void setUnit(WeightUnit unit) {
        this.unit = unit;
    }

    public Integer getStartingPhase() {
        return startingPhase;
    }

    public void setStartingPhase(Integer startingPhase) {
        this.startingPhase = startingPhase;
    }
}
