package io.reload.protocol.service;

import io.reload.protocol.domain.PainScore;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A template's name and the numbers that move a client through it (clinical-rules 4). */
public class TemplateForm implements Serializable {

    @NotBlank(message = "{template.name.required}")
    @Size(max = 120, message = "{template.name.tooLong}")
    private String name;

    @Size(max = 1000, message = "{template.text.tooLong}")
    private String description;

    @NotNull(message = "{template.number.required}")
    @Min(value = 1, message = "{template.painRise.range}")
    @Max(value = PainScore.MAX, message = "{template.painRise.range}")
    private Integer regressionPainRise;

    @NotNull(message = "{template.number.required}")
    @DecimalMin(value = "0.5", message = "{template.loadStep.range}")
    @DecimalMax(value = "25", message = "{template.loadStep.range}")
    private BigDecimal loadStepPercent;

    @NotNull(message = "{template.number.required}")
    @DecimalMin(value = "0.25", message = "{template.number.positive}")
    @DecimalMax(value = "25", message = "{template.number.tooLarge}")
    private BigDecimal loadableStepKg;

    @NotNull(message = "{template.number.required}")
    @DecimalMin(value = "0.5", message = "{template.number.positive}")
    @DecimalMax(value = "50", message = "{template.number.tooLarge}")
    private BigDecimal loadableStepLb;

    @NotNull(message = "{template.number.required}")
    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 365, message = "{template.number.tooLarge}")
    private Integer persistentPainDays;

    @NotNull(message = "{template.number.required}")
    @Min(value = 1, message = "{template.number.positive}")
    @Max(value = 720, message = "{template.number.tooLarge}")
    private Integer worseningAfterHours;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getRegressionPainRise() {
        return regressionPainRise;
    }

    public void setRegressionPainRise(Integer regressionPainRise) {
        this.regressionPainRise = regressionPainRise;
    }

    public BigDecimal getLoadStepPercent() {
        return loadStepPercent;
    }

    public void setLoadStepPercent(BigDecimal loadStepPercent) {
        this.loadStepPercent = loadStepPercent;
    }

    public BigDecimal getLoadableStepKg() {
        return loadableStepKg;
    }

    public void setLoadableStepKg(BigDecimal loadableStepKg) {
        this.loadableStepKg = loadableStepKg;
    }

    public BigDecimal getLoadableStepLb() {
        return loadableStepLb;
    }

    public void setLoadableStepLb(BigDecimal loadableStepLb) {
        this.loadableStepLb = loadableStepLb;
    }

    public Integer getPersistentPainDays() {
        return persistentPainDays;
    }

    public void setPersistentPainDays(Integer persistentPainDays) {
        this.persistentPainDays = persistentPainDays;
    }

    public Integer getWorseningAfterHours() {
        return worseningAfterHours;
    }

    public void setWorseningAfterHours(Integer worseningAfterHours) {
        this.worseningAfterHours = worseningAfterHours;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
