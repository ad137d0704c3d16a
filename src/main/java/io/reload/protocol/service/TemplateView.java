package io.reload.protocol.service;

import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.ProtocolTemplate;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A template as its page shows it, in the reader's language: its numbers (as a form) and its
 * phases in order. Only a template without translations is editable, so its form holds the text
 * as written.
 */
public class TemplateView implements Serializable {

    /** A phase in the template's list. */
    public static class PhaseRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private final Integer nominalDays;
        private final int prescriptionCount;
        private final int gateTestCount;

        PhaseRow(ProtocolPhase phase, Locale reader) { // also the choice of a starting phase
            this.id = phase.getId();
            this.position = phase.getPosition();
            this.name = phase.name(reader);
            this.nominalDays = phase.getNominalDays();
            this.prescriptionCount = phase.getPrescriptions().size();
            this.gateTestCount = phase.getGateTests().size();
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public Integer getNominalDays() {
            return nominalDays;
        }

        public int getPrescriptionCount() {
            return prescriptionCount;
        }

        public int getGateTestCount() {
            return gateTestCount;
        }
    }

    private final long id;
    private final boolean editable;
    private final boolean clinicDefault;
    private final TemplateForm form;
    private final List<PhaseRow> phases;

    TemplateView(ProtocolTemplate template, boolean editable, Locale reader) {
        this.id = template.getId();
        this.editable = editable;
        this.clinicDefault = template.isClinicDefault();
        this.form = new TemplateForm();
        form.setName(template.name(reader));
        form.setDescription(template.description(reader));
        form.setRegressionPainRise(template.getRegressionPainRise());
        form.setLoadStepPercent(template.getLoadStepPercent());
        form.setLoadableStepKg(template.getLoadableStepKg());
        form.setLoadableStepLb(template.getLoadableStepLb());
        form.setPersistentPainDays(template.getPersistentPainDays());
        form.setWorseningAfterHours(template.getWorseningAfterHours());
        form.setVersion(template.getVersion());
        this.phases = template.getPhases().stream()
                .map(phase -> new PhaseRow(phase, reader))
                .toList();
    }

    public long getId() {
        return id;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isClinicDefault() {
        return clinicDefault;
    }

    public TemplateForm getForm() {
        return form;
    }

    public List<PhaseRow> getPhases() {
        return phases;
    }
}
