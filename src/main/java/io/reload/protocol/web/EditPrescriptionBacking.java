package io.reload.protocol.web;

import static io.reload.protocol.web.TemplatePages.changed;
import static io.reload.protocol.web.TemplatePages.done;
import static io.reload.protocol.web.TemplatePages.page;
import static io.reload.protocol.web.TemplatePages.shown;

import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.service.PrescriptionForm;
import io.reload.protocol.service.TemplateService;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;

/** Every number and text of one prescription in one of my protocols; saved, it shows its phase again. */
@ViewPage
public class EditPrescriptionBacking implements Serializable {

    @Inject
    TemplateService templates;

    private Long prescriptionId;
    private long phaseId;
    private PrescriptionForm form;

    public void load() throws IOException {
        form = shown(() -> {
            phaseId = templates.phaseOfPrescription(prescriptionId);
            return templates.prescription(prescriptionId);
        });
    }

    public void save() throws IOException {
        if (changed("prescription", () -> templates.savePrescription(prescriptionId, form))) {
            done("template.prescription.saved", page("phase", phaseId));
        }
    }

    public PrescriptionKind[] getKinds() {
        return PrescriptionKind.values();
    }

    public Long getPrescriptionId() {
        return prescriptionId;
    }

    public void setPrescriptionId(Long prescriptionId) {
        this.prescriptionId = prescriptionId;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public PrescriptionForm getForm() {
        return form;
    }
}
