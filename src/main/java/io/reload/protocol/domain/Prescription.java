package io.reload.protocol.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing to do or follow in a phase: an exercise, a lift, an instruction, water, protein ... */
@Entity
@Table(name = "protocol_prescriptions")
public class Prescription extends BaseEntity implements Positioned {

    public static final int MAX_NAME = 120;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LIFT_KEY = 40;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private ProtocolPhase phase;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PrescriptionKind kind;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_TEXT)
    private String instruction;

    /** Names the lift whose working load the engine tracks (e.g. "deadlift"); only for lifts. */
    @Column(name = "lift_key", length = MAX_LIFT_KEY)
    private String liftKey;

    @Embedded
    private Dosage dosage = new Dosage();

    /** Done instead of the loaded lifts for a week after a strain early in the reload. */
    @Column(name = "strain_fallback", nullable = false)
    private boolean strainFallback;

    @Column(name = "optional_item", nullable = false)
    private boolean optional;

    @Column(length = MAX_TEXT)
    private String notes;

    protected Prescription() {
        // for JPA
    }

    Prescription(ProtocolPhase phase, int position, PrescriptionKind kind, String name) {
        this.phase = phase;
        this.position = position;
        this.kind = kind;
        this.name = name;
    }

    Prescription copyInto(ProtocolPhase newPhase, int newPosition) {
        Prescription copy = new Prescription(newPhase, newPosition, kind, name);
        copy.describe(kind, name, instruction, liftKey, dosage, strainFallback, optional, notes);
        return copy;
    }

    public void describe(PrescriptionKind newKind, String newName, String newInstruction, String newLiftKey, Dosage newDosage,
                         boolean isStrainFallback, boolean isOptional, String newNotes) {
        this.kind = newKind;
        this.name = newName;
        this.instruction = newInstruction;
        this.liftKey = newKind == PrescriptionKind.LIFT ? newLiftKey : null;
        this.dosage = newDosage.copy();
        this.strainFallback = isStrainFallback;
        this.optional = isOptional;
        this.notes = newNotes;
    }

    public boolean isLift() {
        return kind == PrescriptionKind.LIFT && liftKey != null;
    }

    @Override public int getPosition() { return position; }
    @Override public void setPosition(int position) { this.position = position; }
    public ProtocolPhase getPhase() { return phase; }
    public PrescriptionKind getKind() { return kind; }
    public String getName() { return name; }
    public String getInstruction() { return instruction; }
    public String getLiftKey() { return liftKey; }
    /** A copy: change a prescription's numbers through {@link #describe}. */
    public Dosage getDosage() { return dosage.copy(); }
    public boolean isStrainFallback() { return strainFallback; }
    public boolean isOptional() { return optional; }
    public String getNotes() { return notes; }
}
