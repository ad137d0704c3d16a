package io.reload.protocol.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/** One phase of a protocol: how long it nominally lasts, what to do, and the gate to leave it. */
@Entity
@Table(name = "protocol_phases")
public class ProtocolPhase extends BaseEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProtocolTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String purpose;

    /** Null: the phase has no end (maintenance). */
    @Column(name = "nominal_days")
    private Integer nominalDays;

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Prescription> prescriptions = new ArrayList<>();

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GateTest> gateTests = new ArrayList<>();

    /** Name and purpose in other languages than the template's, by language ("es"). */
    @ElementCollection
    @CollectionTable(name = "protocol_phase_translations", joinColumns = @JoinColumn(name = "phase_id"))
    @MapKeyColumn(name = "language_tag", length = 8)
    @BatchSize(size = 50)
    private Map<String, PhaseWording> translations = new HashMap<>();

    protected ProtocolPhase() {
        // for JPA
    }

    ProtocolPhase(ProtocolTemplate template, int position, String name, Integer nominalDays) {
        this.template = template;
        this.position = position;
        this.name = name;
        this.nominalDays = nominalDays;
    }

    /** A deep copy in a new template, worded in the given language (null: as written), with or without the translations. */
    ProtocolPhase copyInto(ProtocolTemplate newTemplate, int newPosition, Locale wording, boolean withTranslations) {
        ProtocolPhase copy = new ProtocolPhase(newTemplate, newPosition, name(wording), nominalDays);
        copy.purpose = purpose(wording);
        if (withTranslations) {
            copy.translations.putAll(translations);
        }
        int next = 1;
        for (Prescription prescription : prescriptions) {
            copy.prescriptions.add(prescription.copyInto(copy, next++, wording, withTranslations));
        }
        next = 1;
        for (GateTest test : gateTests) {
            copy.gateTests.add(test.copyInto(copy, next++, wording, withTranslations));
        }
        return copy;
    }

    /** The name in the reader's language: its translation, else as written. */
    public String name(Locale reader) {
        return Wordings.inLanguage(translations, reader, PhaseWording::getName, name);
    }

    public String purpose(Locale reader) {
        return Wordings.inLanguage(translations, reader, PhaseWording::getPurpose, purpose);
    }

    public void translate(Locale language, PhaseWording wording) {
        translations.put(language.getLanguage(), wording);
    }

    /** The phase as the engine sees it. */
    public PhasePlan toPlan() {
        Integer strainFallbackLastWeek = prescriptions.stream()
                .filter(Prescription::isStrainFallback)
                .map(prescription -> prescription.getDosage().getLastWeek())
                .filter(Objects::nonNull)
                .max(Integer::compareTo)
                .orElse(null);
        return new PhasePlan(
                position,
                name,
                nominalDays,
                gateTests.stream().map(GateTest::getId).collect(Collectors.toSet()),
                strainFallbackLastWeek);
    }

    public Prescription addPrescription(PrescriptionKind kind, String prescriptionName) {
        Prescription prescription = new Prescription(this, prescriptions.size() + 1, kind, prescriptionName);
        prescriptions.add(prescription);
        return prescription;
    }

    public GateTest addGateTest(String description) {
        GateTest test = new GateTest(this, gateTests.size() + 1, description);
        gateTests.add(test);
        return test;
    }

    public void describe(String newName, String newPurpose, Integer newNominalDays) {
        this.name = newName;
        this.purpose = newPurpose;
        this.nominalDays = newNominalDays;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }

    public ProtocolTemplate getTemplate() {
        return template;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public Integer getNominalDays() {
        return nominalDays;
    }

    public List<Prescription> getPrescriptions() {
        return prescriptions;
    }

    public List<GateTest> getGateTests() {
        return gateTests;
    }
}
