package io.reload.protocol.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.protocol.domain.GateTest;
import io.reload.protocol.domain.Positioned;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.ProtocolTemplate;
import io.reload.protocol.domain.TemplateRepository;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import io.reload.shared.text.ReaderLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Therapists' protocol templates: every therapist reads the clinic's default and copies it (or
 * one of their own); only the owner edits a copy. The default itself is never edited, and a
 * plan's private copy is not a template anyone edits.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class TemplateService {

    /** Which way an item moves in its list. */
    public enum Move {
        UP,
        DOWN
    }

    @Inject
    TemplateRepository templates;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Validator validator;

    @Inject
    CopyNames copyNames;

    @Inject
    ReaderLocale readerLocale;

    public List<TemplateSummary> myTemplates() {
        Account me = currentAccount.get();
        return templates.assignableBy(me.getId()).stream()
                .map(template -> new TemplateSummary(template, template.isOwnedBy(me), readerLocale.get()))
                .toList();
    }

    /**
     * A copy of the default or of one of my templates, named "Copy of …", owned by me, written in
     * my language: the default's content in its translation into my language, without the
     * other translations (mine to edit, in one language). A template that has no wording in my
     * language is copied as written, and named in its own language.
     */
    public long copy(long templateId) {
        Account me = currentAccount.get();
        ProtocolTemplate original = readable(templateId, me);
        ProtocolTemplate copy = original.copyIn(readerLocale.get(), me, original.getName());
        Locale language = copy.writtenIn();
        copy.rename(truncate(copyNames.copyOf(original.name(language), language), 120), copy.getDescription());
        return templates.add(copy).getId();
    }

    public TemplateView template(long templateId) {
        Account me = currentAccount.get();
        ProtocolTemplate template = readable(templateId, me);
        return new TemplateView(template, template.isOwnedBy(me), readerLocale.get());
    }

    public void saveTemplate(long templateId, TemplateForm form) {
        InputCheck.refuseInvalid(validator, form);
        ProtocolTemplate template = editable(templateId);
        if (!Objects.equals(form.getVersion(), template.getVersion())) {
            throw new BusinessException("template.changedMeanwhile");
        }
        template.rename(form.getName().strip(), blankToNull(form.getDescription()));
        template.changeRules(
                form.getRegressionPainRise(),
                form.getLoadStepPercent(),
                form.getLoadableStepKg(),
                form.getLoadableStepLb(),
                form.getPersistentPainDays(),
                form.getWorseningAfterHours());
    }

    public void deleteTemplate(long templateId) {
        templates.remove(editable(templateId));
    }

    public long addPhase(long templateId, PhaseForm form) {
        InputCheck.refuseInvalid(validator, form);
        ProtocolTemplate template = editable(templateId);
        ProtocolPhase phase = template.addPhase(form.getName().strip(), form.getNominalDays());
        phase.describe(form.getName().strip(), blankToNull(form.getPurpose()), form.getNominalDays());
        templates.flush();
        return phase.getId();
    }

    public void movePhase(long phaseId, Move move) {
        ProtocolPhase phase = editablePhase(phaseId);
        moveWithin(phase.getTemplate().getPhases(), phase, move);
    }

    public void removePhase(long phaseId) {
        ProtocolPhase phase = editablePhase(phaseId);
        List<ProtocolPhase> phases = phase.getTemplate().getPhases();
        if (phases.size() == 1) {
            throw new BusinessException("template.phase.lastOne");
        }
        removeFrom(phases, phase);
    }

    public PhaseView phase(long phaseId) {
        Account me = currentAccount.get();
        ProtocolPhase phase = templates
                .findPhase(phaseId)
                .filter(found -> isReadable(found.getTemplate(), me))
                .orElseThrow(() -> new BusinessException("template.notFound"));
        return new PhaseView(
                phase, phase.getTemplate().isOwnedBy(me) && !phase.getTemplate().isPlanCopy(), readerLocale.get());
    }

    public void savePhase(long phaseId, PhaseForm form) {
        InputCheck.refuseInvalid(validator, form);
        editablePhase(phaseId).describe(form.getName().strip(), blankToNull(form.getPurpose()), form.getNominalDays());
    }

    public long addPrescription(long phaseId, PrescriptionKind kind, String name) {
        if (kind == null) {
            throw new InvalidInputException("newKind", "template.kind.required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("newName", "template.prescription.name.required");
        }
        Prescription added =
                editablePhase(phaseId).addPrescription(kind, truncate(name.strip(), Prescription.MAX_NAME));
        templates.flush();
        return added.getId();
    }

    public PrescriptionForm prescription(long prescriptionId) {
        Prescription prescription = editablePrescription(prescriptionId);
        PrescriptionForm form = new PrescriptionForm();
        form.setKind(prescription.getKind());
        form.setName(prescription.getName());
        form.setInstruction(prescription.getInstruction());
        form.setLiftKey(prescription.getLiftKey());
        form.setDosage(prescription.getDosage());
        form.setStrainFallback(prescription.isStrainFallback());
        form.setOptional(prescription.isOptional());
        form.setNotes(prescription.getNotes());
        return form;
    }

    /** The phase the prescription belongs to, for the way back to it. */
    public long phaseOfPrescription(long prescriptionId) {
        return editablePrescription(prescriptionId).getPhase().getId();
    }

    public void savePrescription(long prescriptionId, PrescriptionForm form) {
        InputCheck.refuseInvalid(validator, form);
        form.getDosage().firstReversedRange().ifPresent(field -> {
            throw new InvalidInputException(field, "template.range.reversed");
        });
        if (form.getKind() == PrescriptionKind.LIFT
                && (form.getLiftKey() == null || form.getLiftKey().isBlank())) {
            throw new InvalidInputException("liftKey", "template.liftKey.required");
        }
        if (form.getKind() == PrescriptionKind.LIFT
                && form.getDosage().getMinPercent1rm() == null
                && form.getDosage().getMaxPercent1rm() == null) {
            throw new InvalidInputException("minPercent1rm", "template.percent.required");
        }
        editablePrescription(prescriptionId)
                .describe(
                        form.getKind(),
                        form.getName().strip(),
                        blankToNull(form.getInstruction()),
                        blankToNull(form.getLiftKey()),
                        form.getDosage(),
                        form.isStrainFallback(),
                        form.isOptional(),
                        blankToNull(form.getNotes()));
    }

    public void movePrescription(long prescriptionId, Move move) {
        Prescription prescription = editablePrescription(prescriptionId);
        moveWithin(prescription.getPhase().getPrescriptions(), prescription, move);
    }

    public void removePrescription(long prescriptionId) {
        Prescription prescription = editablePrescription(prescriptionId);
        removeFrom(prescription.getPhase().getPrescriptions(), prescription);
    }

    public void addGateTest(long phaseId, String description) {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("newGateTest", "template.gateTest.required");
        }
        if (description.strip().length() > GateTest.MAX_DESCRIPTION) {
            throw new InvalidInputException("newGateTest", "template.gateTest.tooLong");
        }
        editablePhase(phaseId).addGateTest(description.strip());
    }

    public void removeGateTest(long gateTestId) {
        GateTest test =
                templates.findGateTest(gateTestId).orElseThrow(() -> new BusinessException("template.notFound"));
        editable(test.getPhase().getTemplate().getId());
        removeFrom(test.getPhase().getGateTests(), test);
    }

    // ----- who may do what -----

    private ProtocolTemplate readable(long templateId, Account me) {
        return templates
                .find(templateId)
                .filter(template -> isReadable(template, me))
                .orElseThrow(() -> new BusinessException("template.notFound"));
    }

    /** The default and my own templates; another therapist's template does not exist for me. */
    private static boolean isReadable(ProtocolTemplate template, Account me) {
        return !template.isPlanCopy() && (template.isClinicDefault() || template.isOwnedBy(me));
    }

    private boolean isEditable(ProtocolTemplate template) {
        return !template.isPlanCopy() && template.isOwnedBy(currentAccount.get());
    }

    private ProtocolTemplate editable(long templateId) {
        ProtocolTemplate template = readable(templateId, currentAccount.get());
        if (!isEditable(template)) {
            throw new BusinessException("template.notYours");
        }
        return template;
    }

    private ProtocolPhase editablePhase(long phaseId) {
        ProtocolPhase phase =
                templates.findPhase(phaseId).orElseThrow(() -> new BusinessException("template.notFound"));
        editable(phase.getTemplate().getId());
        return phase;
    }

    private Prescription editablePrescription(long prescriptionId) {
        Prescription prescription = templates
                .findPrescription(prescriptionId)
                .orElseThrow(() -> new BusinessException("template.notFound"));
        editable(prescription.getPhase().getTemplate().getId());
        return prescription;
    }

    // ----- keeping lists in order -----

    private <T extends Positioned> void moveWithin(List<T> items, T item, Move move) {
        int from = items.indexOf(item);
        int to = move == Move.UP ? from - 1 : from + 1;
        if (to < 0 || to >= items.size()) {
            return; // already first or last
        }
        Collections.swap(items, from, to);
        templates.renumber(items);
    }

    private <T extends Positioned> void removeFrom(List<T> items, T item) {
        items.remove(item);
        templates.flush();
        templates.renumber(items);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
