package io.reload.protocol.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
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

    /** Name, instruction and notes in other languages than the template's, by language ("es"). */
    @ElementCollection
    @CollectionTable(name = "protocol_prescription_translations", joinColumns = @JoinColumn(name = "prescription_id"))
    @MapKeyColumn(name = "language_tag", length = 8)
    @BatchSize(size = 50)
    private Map<String, PrescriptionWording> translations = new HashMap<>();

    protected Prescription() {
        // for JPA
    }

    Prescription(ProtocolPhase phase, int position, PrescriptionKind kind, String name) {
        this.phase = phase;
        this.position = position;
        this.kind = kind;
        this.name = name;
    }

    /** A copy in a new phase, worded in the given language (null: as written), with or without the translations. */
    Prescription copyInto(ProtocolPhase newPhase, int newPosition, Locale wording, boolean withTranslations) {
        Prescription copy = new Prescription(newPhase, newPosition, kind, name(wording));
        copy.describe(
                kind, name(wording), instruction(wording), liftKey, dosage, strainFallback, optional, notes(wording));
        if (withTranslations) {
            copy.translations.putAll(translations);
        }
        return copy;
    }

    /** The name in the reader's language: its translation, else as written. */
    public String name(Locale reader) {
        return Wordings.inLanguage(translations, reader, PrescriptionWording::getName, name);
    }

    public String instruction(Locale reader) {
        return Wordings.inLanguage(translations, reader, PrescriptionWording::getInstruction, instruction);
    }

    public String notes(Locale reader) {
        return Wordings.inLanguage(translations, reader, PrescriptionWording::getNotes, notes);
    }

    public void translate(Locale language, PrescriptionWording wording) {
        translations.put(language.getLanguage(), wording);
    }

    public void describe(
            PrescriptionKind newKind,
            String newName,
            String newInstruction,
            String newLiftKey,
            Dosage newDosage,
            boolean isStrainFallback,
            boolean isOptional,
            String newNotes) {
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

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }

    public ProtocolPhase getPhase() {
        return phase;
    }

    public PrescriptionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getInstruction() {
        return instruction;
    }

    public String getLiftKey() {
        return liftKey;
    }
    /** A copy: change a prescription's numbers through {@link #describe}. */
    public Dosage getDosage() {
        return dosage.copy();
    }

    public boolean isStrainFallback() {
        return strainFallback;
    }

    public boolean isOptional() {
        return optional;
    }

    public String getNotes() {
        return notes;
    }
}
