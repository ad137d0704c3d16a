package io.reload.protocol.web;

import static io.reload.protocol.web.TemplatePages.changed;
import static io.reload.protocol.web.TemplatePages.done;
import static io.reload.protocol.web.TemplatePages.made;
import static io.reload.protocol.web.TemplatePages.page;
import static io.reload.protocol.web.TemplatePages.shown;

import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.service.PhaseView;
import io.reload.protocol.service.TemplateService;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** One phase of a protocol: name, purpose, length, its prescriptions in order and its gate tests. */
@ViewPage
public class EditPhaseBacking implements Serializable {

    @Inject
    TemplateService templates;

    private Long phaseId;
    private PhaseView phase;
    private PrescriptionKind newKind = PrescriptionKind.EXERCISE;
    private String newName;
    private String newGateTest;

    public void load() throws IOException {
        phase = shown(() -> templates.phase(phaseId));
    }

    public void save() throws IOException {
        if (changed("phase", () -> templates.savePhase(phaseId, phase.getForm()))) {
            showAgain("template.phase.saved");
        }
    }

    /** Adds it with a kind and a name, then opens it: its numbers are set on its own page. */
    public void addPrescription() throws IOException {
        Optional<Long> added = made("addPrescription", () -> templates.addPrescription(phaseId, newKind, newName));
        if (added.isPresent()) {
            done("template.prescription.added", page("prescription", added.get()));
        }
    }

    public void movePrescription(long prescriptionId, TemplateService.Move move) throws IOException {
        if (changed("prescriptions", () -> templates.movePrescription(prescriptionId, move))) {
            showAgain("template.prescription.moved");
        }
    }

    public void removePrescription(long prescriptionId) throws IOException {
        if (changed("prescriptions", () -> templates.removePrescription(prescriptionId))) {
            showAgain("template.prescription.removed");
        }
    }

    public void addGateTest() throws IOException {
        if (changed("addGateTest", () -> templates.addGateTest(phaseId, newGateTest))) {
            showAgain("template.gateTest.added");
        }
    }

    public void removeGateTest(long gateTestId) throws IOException {
        if (changed("gateTests", () -> templates.removeGateTest(gateTestId))) {
            showAgain("template.gateTest.removed");
        }
    }

    private void showAgain(String messageKey) throws IOException {
        done(messageKey, page("phase", phaseId));
    }

    public PrescriptionKind[] getKinds() {
        return PrescriptionKind.values();
    }

    public Long getPhaseId() {
        return phaseId;
    }

    public void setPhaseId(Long phaseId) {
        this.phaseId = phaseId;
    }

    public PhaseView getPhase() {
        return phase;
    }

    public PrescriptionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(PrescriptionKind newKind) {
        this.newKind = newKind;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewGateTest() {
        return newGateTest;
    }

    public void setNewGateTest(String newGateTest) {
        this.newGateTest = newGateTest;
    }
}
