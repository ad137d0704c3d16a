package io.reload.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A prescription's name, instruction and notes in a language other than its template's. */
@Embeddable
public class PrescriptionWording implements Serializable {

    @Column(nullable = false, length = Prescription.MAX_NAME)
    private String name;

    @Column(length = Prescription.MAX_TEXT)
    private String instruction;

    @Column(length = Prescription.MAX_TEXT)
    private String notes;

    protected PrescriptionWording() {
        // for JPA
    }

    public PrescriptionWording(String name, String instruction, String notes) {
        this.name = name;
        this.instruction = instruction;
        this.notes = notes;
    }

    public String getName() {
        return name;
    }

    public String getInstruction() {
        return instruction;
    }

    public String getNotes() {
        return notes;
    }
}
