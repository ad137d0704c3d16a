package io.reload.protocol.service;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Everything about one prescription a therapist can change. The numbers live in {@link Dosage}. */
public class PrescriptionForm implements Serializable {

    @NotNull(message = "{template.kind.required}")
    private PrescriptionKind kind;

    @NotBlank(message = "{template.prescription.name.required}")
    @Size(max = Prescription.MAX_NAME, message = "{template.name.tooLong}")
    private String name;

    @Size(max = Prescription.MAX_TEXT, message = "{template.text.tooLong}")
    private String instruction;

    /** Letters, digits and dashes: it names the lift in plans and charts. */
    @Size(max = Prescription.MAX_LIFT_KEY, message = "{template.liftKey.invalid}")
    @Pattern(regexp = "[a-z0-9-]*", message = "{template.liftKey.invalid}")
    private String liftKey;

    @Valid
    private Dosage dosage = new Dosage();

    private boolean strainFallback;

    private boolean optional;

    @Size(max = Prescription.MAX_TEXT, message = "{template.text.tooLong}")
    private String notes;

    public PrescriptionKind getKind() {
        return kind;
    }

    public void setKind(PrescriptionKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public String getLiftKey() {
        return liftKey;
    }

    public void setLiftKey(String liftKey) {
        this.liftKey = liftKey;
    }

    public Dosage getDosage() {
        return dosage;
    }

    public void setDosage(Dosage dosage) {
        this.dosage = dosage;
    }

    public boolean isStrainFallback() {
        return strainFallback;
    }

    public void setStrainFallback(boolean strainFallback) {
        this.strainFallback = strainFallback;
    }

    public boolean isOptional() {
        return optional;
    }

    public void setOptional(boolean optional) {
        this.optional = optional;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
