package io.reload.protocol.service;

import io.reload.protocol.domain.GateTest;
import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ProtocolPhase;

import java.io.Serializable;
import java.util.List;

/** One phase of a template as its page shows it: name, prescriptions, gate tests. */
public class PhaseView implements Serializable {

    /** A prescription in the phase's list, with its dosage as the template writes it. */
    public static class PrescriptionRow implements Serializable {
        private final long id;
        private final int position;
        private final PrescriptionKind kind;
        private final String name;
        private final Dosage dosage;
        private final boolean optional;

        PrescriptionRow(Prescription prescription) {
            this.id = prescription.getId();
            this.position = prescription.getPosition();
            this.kind = prescription.getKind();
            this.name = prescription.getName();
            this.dosage = prescription.getDosage().copy();
            this.optional = prescription.isOptional();
        }

        public long getId() { return id; }
        public int getPosition() { return position; }
        public String getKind() { return kind.name(); }
        public PrescriptionKind getPrescriptionKind() { return kind; }
        public String getName() { return name; }
        public Dosage getDosage() { return dosage; }
        public boolean isOptional() { return optional; }
    }

    /** A gate test in the phase's list. */
    public static class GateRow implements Serializable {
        private final long id;
        private final int position;
        private final String description;

        GateRow(GateTest test) {
            this.id = test.getId();
            this.position = test.getPosition();
            this.description = test.getDescription();
        }

        public long getId() { return id; }
        public int getPosition() { return position; }
        public String getDescription() { return description; }
    }

    private final long id;
    private final long templateId;
    private final String templateName;
    private final boolean editable;
    private final PhaseForm form;
    private final List<PrescriptionRow> prescriptions;
    private final List<GateRow> gateTests;

    PhaseView(ProtocolPhase phase, boolean editable) {
        this.id = phase.getId();
        this.templateId = phase.getTemplate().getId();
        this.templateName = phase.getTemplate().getName();
        this.editable = editable;
        this.form = new PhaseForm();
        form.setName(phase.getName());
        form.setPurpose(phase.getPurpose());
        form.setNominalDays(phase.getNominalDays());
        this.prescriptions = phase.getPrescriptions().stream().map(PrescriptionRow::new).toList();
        this.gateTests = phase.getGateTests().stream().map(GateRow::new).toList();
    }

    public long getId() { return id; }
    public long getTemplateId() { return templateId; }
    public String getTemplateName() { return templateName; }
    public boolean isEditable() { return editable; }
    public PhaseForm getForm() { return form; }
    public List<PrescriptionRow> getPrescriptions() { return prescriptions; }
    public List<GateRow> getGateTests() { return gateTests; }
}
