package io.reload.protocol.service;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.GateTest;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ProtocolPhase;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** One phase of a template as its page shows it, in the reader's language: name, prescriptions, gate tests. */
public class PhaseView implements Serializable {

    /** A prescription in the phase's list, with its dosage as the template writes it. */
    public static class PrescriptionRow implements Serializable {
        private final long id;
        private final int position;
        private final PrescriptionKind kind;
        private final String name;
        private final Dosage dosage;
        private final boolean optional;

        PrescriptionRow(Prescription prescription, Locale reader) {
            this.id = prescription.getId();
            this.position = prescription.getPosition();
            this.kind = prescription.getKind();
            this.name = prescription.name(reader);
            this.dosage = prescription.getDosage().copy();
            this.optional = prescription.isOptional();
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getKind() {
            return kind.name();
        }

        public PrescriptionKind getPrescriptionKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public Dosage getDosage() {
            return dosage;
        }

        public boolean isOptional() {
            return optional;
        }
    }

    /** A gate test in the phase's list. */
    public static class GateRow implements Serializable {
        private final long id;
        private final int position;
        private final String description;

        GateRow(GateTest test, Locale reader) {
            this.id = test.getId();
            this.position = test.getPosition();
            this.description = test.description(reader);
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getDescription() {
            return description;
        }
    }

    private final long id;
    private final long templateId;
    private final String templateName;
    private final boolean editable;
    private final PhaseForm form;
    private final List<PrescriptionRow> prescriptions;
    private final List<GateRow> gateTests;

    PhaseView(ProtocolPhase phase, boolean editable, Locale reader) {
        this.id = phase.getId();
        this.templateId = phase.getTemplate().getId();
        this.templateName = phase.getTemplate().name(reader);
        this.editable = editable;
        this.form = new PhaseForm();
        form.setName(phase.name(reader));
        form.setPurpose(phase.purpose(reader));
        form.setNominalDays(phase.getNominalDays());
        this.prescriptions = phase.getPrescriptions().stream()
                .map(prescription -> new PrescriptionRow(prescription, reader))
                .toList();
        this.gateTests = phase.getGateTests().stream()
                .map(test -> new GateRow(test, reader))
                .toList();
    }

    public long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public boolean isEditable() {
        return editable;
    }

    public PhaseForm getForm() {
        return form;
    }

    public List<PrescriptionRow> getPrescriptions() {
        return prescriptions;
    }

    public List<GateRow> getGateTests() {
        return gateTests;
    }
}
