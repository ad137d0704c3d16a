package io.reload.protocol;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.service.PhaseForm;
import io.reload.protocol.service.PhaseView;
import io.reload.protocol.service.PrescriptionForm;
import io.reload.protocol.service.TemplateForm;
import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateService.Move;
import io.reload.protocol.service.TemplateSummary;
import io.reload.protocol.service.TemplateView;
import io.reload.protocol.web.ProtocolText;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Therapists' protocol templates against the real database: a copy of the clinic's default is
 * deep and mine; editing it changes nothing else; the default and other therapists' templates
 * are refused; bad numbers are refused with the field they are about.
 */
@ServiceTest
class TemplateServiceIT {

    private static final String DEFAULT_NAME = "Low-back pain after deadlifting";
    private static final List<String> SEEDED_PHASES = List.of(
            "Calm it down", "Active recovery", "Rebuild movement", "Re-pattern the hinge", "Reload", "Stay healthy");
    private static final List<String> SEEDED_REBUILD = List.of("Cat-cow", "Walking", "Bird-dog", "Dead bug");

    @Inject
    TemplateService templates;

    @Inject
    TestData data;

    @Inject
    TemplateTestData templateData;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsClient asClient;

    private long clinicDefault;

    @BeforeEach
    void theRunAsAccountsAndTheDefault() throws Exception {
        data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        clinicDefault = asMe(templates::myTemplates).stream()
                .filter(TemplateSummary::isClinicDefault)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** A prescription's dose in the words its page shows. */
    private static String dose(PhaseView.PrescriptionRow row) {
        return ProtocolText.in(Locale.ENGLISH).templateDose(row);
    }

    @Test
    void aCopyOfTheDefaultIsDeepAndMine() throws Exception {
        long copy = asMe(() -> templates.copy(clinicDefault));

        TemplateView mine = asMe(() -> templates.template(copy));
        TemplateView original = asMe(() -> templates.template(clinicDefault));
        assertTrue(mine.isEditable());
        assertFalse(mine.isClinicDefault());
        assertFalse(original.isEditable());
        assertEquals("Copy of " + DEFAULT_NAME, mine.getForm().getName());
        assertEquals(original.getForm().getDescription(), mine.getForm().getDescription());
        assertEquals(2, mine.getForm().getRegressionPainRise());
        assertEquals(0, new BigDecimal("5").compareTo(mine.getForm().getLoadStepPercent()));
        assertEquals(14, mine.getForm().getPersistentPainDays());
        assertEquals(72, mine.getForm().getWorseningAfterHours());
        assertEquals(SEEDED_PHASES, names(mine.getPhases(), TemplateView.PhaseRow::getName));

        for (int i = 0; i < SEEDED_PHASES.size(); i++) {
            long copiedPhase = mine.getPhases().get(i).getId();
            long seededPhase = original.getPhases().get(i).getId();
            assertNotEquals(seededPhase, copiedPhase, "a phase of its own");
            PhaseView copied = asMe(() -> templates.phase(copiedPhase));
            PhaseView seeded = asMe(() -> templates.phase(seededPhase));
            assertEquals(
                    names(seeded.getPrescriptions(), PhaseView.PrescriptionRow::getName),
                    names(copied.getPrescriptions(), PhaseView.PrescriptionRow::getName));
            assertEquals(
                    names(seeded.getPrescriptions(), TemplateServiceIT::dose),
                    names(copied.getPrescriptions(), TemplateServiceIT::dose));
            assertEquals(
                    names(seeded.getGateTests(), PhaseView.GateRow::getDescription),
                    names(copied.getGateTests(), PhaseView.GateRow::getDescription));
            assertTrue(copied.isEditable());
            assertFalse(seeded.isEditable());
        }
        assertEquals(
                4,
                asMe(() -> templates.phase(mine.getPhases().get(2).getId()))
                        .getGateTests()
                        .size());

        List<TemplateSummary> listed = asMe(templates::myTemplates);
        assertTrue(listed.get(0).isClinicDefault(), "the default comes first");
        assertFalse(listed.get(0).isEditable());
        assertTrue(listed.stream()
                .anyMatch(summary -> summary.getId() == copy && summary.isEditable() && summary.getPhaseCount() == 6));
    }

    @Test
    void editingMyCopyChangesTheCopyAndNothingElse() throws Exception {
        long copy = asMe(() -> templates.copy(clinicDefault));
        TemplateView view = asMe(() -> templates.template(copy));
        TemplateForm rules = view.getForm();
        rules.setName("  Deadlift back, my way  ");
        rules.setDescription("   ");
        rules.setRegressionPainRise(3);
        rules.setLoadStepPercent(new BigDecimal("2.5"));
        rules.setLoadableStepKg(new BigDecimal("1.25"));
        rules.setPersistentPainDays(21);
        asMe(() -> templates.saveTemplate(copy, rules));

        List<TemplateView.PhaseRow> phases = view.getPhases();
        asMe(() -> templates.movePhase(phases.get(1).getId(), Move.UP));
        asMe(() -> templates.movePhase(phases.get(1).getId(), Move.UP)); // already first: stays
        asMe(() -> templates.removePhase(phases.get(5).getId()));
        asMe(() -> templates.addPhase(copy, phaseForm(" Back on the platform ", 28)));

        TemplateView edited = asMe(() -> templates.template(copy));
        assertEquals("Deadlift back, my way", edited.getForm().getName());
        assertNull(edited.getForm().getDescription());
        assertEquals(3, edited.getForm().getRegressionPainRise());
        assertEquals(0, new BigDecimal("2.5").compareTo(edited.getForm().getLoadStepPercent()));
        assertEquals(0, new BigDecimal("1.25").compareTo(edited.getForm().getLoadableStepKg()));
        assertEquals(21, edited.getForm().getPersistentPainDays());
        assertEquals(
                List.of(
                        "Active recovery",
                        "Calm it down",
                        "Rebuild movement",
                        "Re-pattern the hinge",
                        "Reload",
                        "Back on the platform"),
                names(edited.getPhases(), TemplateView.PhaseRow::getName));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), names(edited.getPhases(), TemplateView.PhaseRow::getPosition));
        assertEquals(28, edited.getPhases().get(5).getNominalDays());

        long rebuild = edited.getPhases().get(2).getId();
        PhaseView phase = asMe(() -> templates.phase(rebuild));
        long birdDog = phase.getPrescriptions().get(2).getId();
        PrescriptionForm dose = asMe(() -> templates.prescription(birdDog));
        assertEquals(3, dose.getDosage().getSetsCount());
        dose.getDosage().setSetsCount(4);
        dose.setNotes("  Slow  ");
        asMe(() -> templates.savePrescription(birdDog, dose));
        asMe(() -> templates.movePrescription(birdDog, Move.UP));
        asMe(() -> templates.removePrescription(phase.getPrescriptions().get(0).getId()));
        long sidePlank = asMe(() -> templates.addPrescription(rebuild, PrescriptionKind.EXERCISE, " Side plank "));
        asMe(() -> templates.addGateTest(rebuild, "  Ten side planks a side, pain-free  "));
        asMe(() -> templates.removeGateTest(phase.getGateTests().get(1).getId()));
        PhaseForm renamed = phaseForm("Rebuild", null);
        renamed.setPurpose("Mobility, then stability.");
        asMe(() -> templates.savePhase(rebuild, renamed));

        PhaseView after = asMe(() -> templates.phase(rebuild));
        assertEquals("Rebuild", after.getForm().getName());
        assertEquals("Mobility, then stability.", after.getForm().getPurpose());
        assertNull(after.getForm().getNominalDays(), "no end");
        assertEquals(
                List.of("Bird-dog", "Walking", "Dead bug", "Side plank"),
                names(after.getPrescriptions(), PhaseView.PrescriptionRow::getName));
        assertEquals(List.of(1, 2, 3, 4), names(after.getPrescriptions(), PhaseView.PrescriptionRow::getPosition));
        assertEquals(sidePlank, after.getPrescriptions().get(3).getId());
        assertTrue(
                dose(after.getPrescriptions().get(0)).startsWith("4 × 8 per side"),
                dose(after.getPrescriptions().get(0)));
        assertEquals("Slow", asMe(() -> templates.prescription(birdDog)).getNotes());
        assertEquals(
                List.of(
                        "15 bodyweight hip hinges, pain-free, with a neutral spine",
                        "A single-leg Romanian deadlift with steady balance, no wobble",
                        "No pain in daily tasks, such as lifting a laundry basket",
                        "Ten side planks a side, pain-free"),
                names(after.getGateTests(), PhaseView.GateRow::getDescription));
        assertEquals(List.of(1, 2, 3, 4), names(after.getGateTests(), PhaseView.GateRow::getPosition));

        theDefaultIsAsSeeded();
    }

    @Test
    void anotherTherapistsTemplateDoesNotExistForMe() throws Exception {
        long colleague = data.newAccount("Other therapist", Role.THERAPIST);
        long theirs = templateData.copyOwnedBy(clinicDefault, colleague, "Their own protocol");
        TemplateTestData.Parts parts = templateData.partsOf(theirs);
        TemplateForm form = asMe(() -> templates.template(clinicDefault)).getForm();

        assertAll(
                () -> assertRefused("template.notFound", () -> templates.template(theirs)),
                () -> assertRefused("template.notFound", () -> templates.copy(theirs)),
                () -> assertRefused("template.notFound", () -> templates.saveTemplate(theirs, form)),
                () -> assertRefused("template.notFound", () -> templates.deleteTemplate(theirs)),
                () -> assertRefused("template.notFound", () -> templates.addPhase(theirs, phaseForm("Mine now", 3))),
                () -> assertRefused("template.notFound", () -> templates.phase(parts.phase())),
                () -> assertRefused(
                        "template.notFound", () -> templates.savePhase(parts.phase(), phaseForm("Mine now", 3))),
                () -> assertRefused("template.notFound", () -> templates.movePhase(parts.phase(), Move.UP)),
                () -> assertRefused("template.notFound", () -> templates.removePhase(parts.phase())),
                () -> assertRefused(
                        "template.notFound",
                        () -> templates.addPrescription(parts.phase(), PrescriptionKind.EXERCISE, "Mine now")),
                () -> assertRefused("template.notFound", () -> templates.prescription(parts.prescription())),
                () -> assertRefused(
                        "template.notFound", () -> templates.movePrescription(parts.prescription(), Move.DOWN)),
                () -> assertRefused("template.notFound", () -> templates.removePrescription(parts.prescription())),
                () -> assertRefused("template.notFound", () -> templates.addGateTest(parts.phase(), "Mine now")),
                () -> assertRefused("template.notFound", () -> templates.removeGateTest(parts.gateTest())));
        assertTrue(asMe(templates::myTemplates).stream().noneMatch(summary -> summary.getId() == theirs));
    }

    @Test
    void theDefaultIsReadButNeverEdited() throws Exception {
        TemplateView original = asMe(() -> templates.template(clinicDefault));
        long rebuild = original.getPhases().get(2).getId();
        PhaseView phase = asMe(() -> templates.phase(rebuild));
        long catCow = phase.getPrescriptions().get(0).getId();

        assertAll(
                () -> assertRefused(
                        "template.notYours", () -> templates.saveTemplate(clinicDefault, original.getForm())),
                () -> assertRefused("template.notYours", () -> templates.deleteTemplate(clinicDefault)),
                () -> assertRefused("template.notYours", () -> templates.addPhase(clinicDefault, phaseForm("More", 3))),
                () -> assertRefused("template.notYours", () -> templates.savePhase(rebuild, phase.getForm())),
                () -> assertRefused("template.notYours", () -> templates.movePhase(rebuild, Move.UP)),
                () -> assertRefused("template.notYours", () -> templates.removePhase(rebuild)),
                () -> assertRefused(
                        "template.notYours",
                        () -> templates.addPrescription(rebuild, PrescriptionKind.EXERCISE, "More")),
                () -> assertRefused("template.notYours", () -> templates.prescription(catCow)),
                () -> assertRefused("template.notYours", () -> templates.movePrescription(catCow, Move.DOWN)),
                () -> assertRefused("template.notYours", () -> templates.removePrescription(catCow)),
                () -> assertRefused("template.notYours", () -> templates.addGateTest(rebuild, "More")),
                () -> assertRefused(
                        "template.notYours",
                        () -> templates.removeGateTest(
                                phase.getGateTests().get(0).getId())));
        theDefaultIsAsSeeded();
    }

    @Test
    void clientsAndAnonymousCallersAreRefused() {
        assertThrows(EJBAccessException.class, () -> asClient.call(templates::myTemplates), "client");
        assertThrows(
                EJBAccessException.class, () -> asClient.call(() -> templates.copy(clinicDefault)), "client copying");
        assertThrows(
                EJBAccessException.class,
                () -> asClient.call(() -> templates.template(clinicDefault)),
                "client reading");
        assertThrows(EJBAccessException.class, () -> templates.myTemplates(), "anonymous");
    }

    @Test
    void badInputIsRefusedWithTheFieldItIsAboutAndNothingIsSaved() throws Exception {
        long copy = asMe(() -> templates.copy(clinicDefault));
        TemplateView view = asMe(() -> templates.template(copy));
        PhaseView calm = asMe(() -> templates.phase(view.getPhases().get(0).getId()));
        long ice = calm.getPrescriptions().get(1).getId();
        PhaseView reload = asMe(() -> templates.phase(view.getPhases().get(4).getId()));
        long deadlift = reload.getPrescriptions().get(3).getId();

        assertInvalid(
                "maxMinutes",
                "template.range.reversed",
                ice,
                form -> form.getDosage().setMaxMinutes(10));
        assertInvalid("lastDay", "template.range.reversed", ice, form -> {
            form.getDosage().setFirstDay(5);
            form.getDosage().setLastDay(4);
        });
        assertInvalid(
                "dosage.setsCount",
                "template.number.positive",
                ice,
                form -> form.getDosage().setSetsCount(0));
        assertInvalid(
                "dosage.maxPercent1rm",
                "template.percent.range",
                deadlift,
                form -> form.getDosage().setMaxPercent1rm(new BigDecimal("101")));
        assertInvalid("liftKey", "template.liftKey.required", deadlift, form -> form.setLiftKey(null));
        assertInvalid("liftKey", "template.liftKey.invalid", deadlift, form -> form.setLiftKey("Dead Lift"));
        assertInvalid("minPercent1rm", "template.percent.required", deadlift, form -> {
            form.getDosage().setMinPercent1rm(null);
            form.getDosage().setMaxPercent1rm(null);
        });
        assertInvalid("name", "template.prescription.name.required", ice, form -> form.setName(" "));
        assertEquals(20, asMe(() -> templates.prescription(ice)).getDosage().getMaxMinutes(), "nothing saved");
        assertEquals("deadlift", asMe(() -> templates.prescription(deadlift)).getLiftKey());

        TemplateForm painRise = asMe(() -> templates.template(copy)).getForm();
        painRise.setRegressionPainRise(11);
        assertInvalid("regressionPainRise", "template.painRise.range", () -> templates.saveTemplate(copy, painRise));
        TemplateForm noName = asMe(() -> templates.template(copy)).getForm();
        noName.setName("");
        assertInvalid("name", "template.name.required", () -> templates.saveTemplate(copy, noName));
        assertInvalid("name", "template.phase.name.required", () -> templates.addPhase(copy, phaseForm(" ", null)));
        assertInvalid(
                "newKind", "template.kind.required", () -> templates.addPrescription(calm.getId(), null, "Stretch"));
        assertInvalid(
                "newName",
                "template.prescription.name.required",
                () -> templates.addPrescription(calm.getId(), PrescriptionKind.EXERCISE, ""));
        assertInvalid("newGateTest", "template.gateTest.required", () -> templates.addGateTest(calm.getId(), " "));
        assertInvalid(
                "newGateTest", "template.gateTest.tooLong", () -> templates.addGateTest(calm.getId(), "x".repeat(301)));

        // two windows on the same template: the second save would overwrite the first
        TemplateForm first = asMe(() -> templates.template(copy)).getForm();
        TemplateForm second = asMe(() -> templates.template(copy)).getForm();
        first.setName("First window");
        asMe(() -> templates.saveTemplate(copy, first));
        second.setName("Second window");
        assertRefused("template.changedMeanwhile", () -> templates.saveTemplate(copy, second));
        assertEquals(
                "First window", asMe(() -> templates.template(copy)).getForm().getName());
    }

    @Test
    void aTemplateKeepsOnePhaseAndCanBeDeleted() throws Exception {
        long copy = asMe(() -> templates.copy(clinicDefault));
        long copyOfCopy = asMe(() -> templates.copy(copy));
        List<TemplateView.PhaseRow> phases =
                asMe(() -> templates.template(copy)).getPhases();
        for (TemplateView.PhaseRow phase : phases.subList(1, phases.size())) {
            asMe(() -> templates.removePhase(phase.getId()));
        }
        assertRefused(
                "template.phase.lastOne",
                () -> templates.removePhase(phases.get(0).getId()));
        assertEquals(
                List.of("Calm it down"),
                names(asMe(() -> templates.template(copy)).getPhases(), TemplateView.PhaseRow::getName));

        asMe(() -> templates.deleteTemplate(copy));
        assertRefused("template.notFound", () -> templates.template(copy));
        TemplateView survivor = asMe(() -> templates.template(copyOfCopy));
        assertEquals("Copy of Copy of " + DEFAULT_NAME, survivor.getForm().getName());
        assertEquals(6, survivor.getPhases().size(), "a copy of a copy stays whole");
        theDefaultIsAsSeeded();
    }

    // ----- helpers -----

    private void theDefaultIsAsSeeded() throws Exception {
        TemplateView original = asMe(() -> templates.template(clinicDefault));
        assertEquals(DEFAULT_NAME, original.getForm().getName());
        assertEquals(2, original.getForm().getRegressionPainRise());
        assertEquals(0, new BigDecimal("5").compareTo(original.getForm().getLoadStepPercent()));
        assertEquals(0, new BigDecimal("2.5").compareTo(original.getForm().getLoadableStepKg()));
        assertEquals(14, original.getForm().getPersistentPainDays());
        assertEquals(SEEDED_PHASES, names(original.getPhases(), TemplateView.PhaseRow::getName));
        PhaseView rebuild =
                asMe(() -> templates.phase(original.getPhases().get(2).getId()));
        assertEquals("Rebuild movement", rebuild.getForm().getName());
        assertEquals(7, rebuild.getForm().getNominalDays());
        assertEquals(SEEDED_REBUILD, names(rebuild.getPrescriptions(), PhaseView.PrescriptionRow::getName));
        assertTrue(
                dose(rebuild.getPrescriptions().get(2)).startsWith("3 × 8 per side"),
                dose(rebuild.getPrescriptions().get(2)));
        assertEquals(4, rebuild.getGateTests().size());
        assertEquals(
                "A 60-second plank without the hips sagging",
                rebuild.getGateTests().get(1).getDescription());
    }

    /** Changes one prescription's form and expects the save refused about that field. */
    private void assertInvalid(
            String field, String messageKey, long prescriptionId, java.util.function.Consumer<PrescriptionForm> change)
            throws Exception {
        PrescriptionForm form = asMe(() -> templates.prescription(prescriptionId));
        change.accept(form);
        assertInvalid(field, messageKey, () -> templates.savePrescription(prescriptionId, form));
    }

    private void assertInvalid(String field, String messageKey, Work work) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> asMe(work));
        assertEquals(messageKey, refusal.getMessageKey(), field);
        assertEquals(field, refusal.getField().orElseThrow(), messageKey);
    }

    private void assertRefused(String messageKey, Work work) {
        BusinessException refusal = assertThrows(BusinessException.class, () -> asMe(work));
        assertEquals(messageKey, refusal.getMessageKey());
    }

    private static PhaseForm phaseForm(String name, Integer nominalDays) {
        PhaseForm form = new PhaseForm();
        form.setName(name);
        form.setNominalDays(nominalDays);
        return form;
    }

    private static <T, R> List<R> names(List<T> rows, Function<T, R> name) {
        return rows.stream().map(name).toList();
    }

    /** A call to the service whose result, if any, does not matter. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private <T> T asMe(Callable<T> work) throws Exception {
        return asTherapist.call(work);
    }

    private void asMe(Work work) throws Exception {
        asTherapist.call(() -> {
            work.run();
            return null;
        });
    }
}
