package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Protocol content in the reader's language: a translation where there is one, else the text as
 * written; copies for a plan keep the translations, a therapist's copy is written in one language.
 */
class TranslatedContentTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale MEXICAN_SPANISH = Locale.forLanguageTag("es-MX");
    private static final Locale GERMAN = Locale.GERMAN;

    /** An English template with one phase, translated into Spanish except where a test leaves it out. */
    private static ProtocolTemplate translatedTemplate() {
        ProtocolTemplate template = Templates.empty();
        template.rename("Low-back pain", "Six phases.");
        template.translate(SPANISH, new TemplateWording("Dolor lumbar", "Seis fases."));
        ProtocolPhase phase = template.addPhase("Calm it down", 3);
        phase.describe("Calm it down", "Let it settle.", 3);
        phase.translate(SPANISH, new PhaseWording("Calmar el dolor", "Deja que se calme."));
        Prescription ice = phase.addPrescription(PrescriptionKind.INSTRUCTION, "Ice the sore area");
        ice.describe(
                PrescriptionKind.INSTRUCTION,
                "Ice the sore area",
                "Wrap the ice in a cloth.",
                null,
                ice.getDosage(),
                false,
                false,
                "Up to 20 minutes.");
        ice.translate(SPANISH, new PrescriptionWording("Hielo en la zona dolorida", null, "Hasta 20 minutos."));
        phase.addGateTest("A 60-second plank").translate(SPANISH, new GateTestWording("Una plancha de 60 segundos"));
        return template;
    }

    @Test
    void aReaderWithATranslationReadsIt() {
        ProtocolTemplate template = translatedTemplate();
        ProtocolPhase phase = template.getPhases().get(0);
        Prescription ice = phase.getPrescriptions().get(0);

        assertAll(
                () -> assertEquals("Dolor lumbar", template.name(SPANISH)),
                () -> assertEquals("Seis fases.", template.description(SPANISH)),
                () -> assertEquals("Calmar el dolor", phase.name(SPANISH)),
                () -> assertEquals("Deja que se calme.", phase.purpose(SPANISH)),
                () -> assertEquals("Hielo en la zona dolorida", ice.name(SPANISH)),
                () -> assertEquals("Hasta 20 minutos.", ice.notes(SPANISH)),
                () -> assertEquals(
                        "Una plancha de 60 segundos",
                        phase.getGateTests().get(0).description(SPANISH)),
                () -> assertEquals(
                        "Calmar el dolor",
                        phase.name(MEXICAN_SPANISH),
                        "a regional variant reads its language's translation"));
    }

    @Test
    void aReaderWithoutATranslationReadsTheTextAsWritten() {
        ProtocolPhase phase = translatedTemplate().getPhases().get(0);
        Prescription ice = phase.getPrescriptions().get(0);

        assertAll(
                () -> assertEquals("Calm it down", phase.name(Locale.ENGLISH), "the written language"),
                () -> assertEquals("Calm it down", phase.name(GERMAN), "a language without a translation"),
                () -> assertEquals("Calm it down", phase.name(null), "no reader"),
                () -> assertEquals(
                        "Wrap the ice in a cloth.", ice.instruction(SPANISH), "a text the translation leaves out"),
                () -> assertEquals(
                        "A 60-second plank", phase.getGateTests().get(0).description(GERMAN)));
    }

    @Test
    void aPlansCopyKeepsTheLanguageAndTheTranslations() {
        ProtocolTemplate copy = translatedTemplate().copyFor(null, "Low-back pain", true);
        ProtocolPhase phase = copy.getPhases().get(0);

        assertEquals(Locale.ENGLISH, copy.writtenIn());
        assertEquals("Calm it down", phase.name(Locale.ENGLISH));
        assertEquals("Calmar el dolor", phase.name(SPANISH));
        assertEquals("Dolor lumbar", copy.name(SPANISH));
        assertEquals(
                "Hielo en la zona dolorida", phase.getPrescriptions().get(0).name(SPANISH));
        assertEquals("Una plancha de 60 segundos", phase.getGateTests().get(0).description(SPANISH));
    }

    @Test
    void aTherapistsCopyIsWrittenInTheirLanguageWithoutTranslations() {
        ProtocolTemplate copy = translatedTemplate().copyIn(SPANISH, null, "Copia de Dolor lumbar");
        ProtocolPhase phase = copy.getPhases().get(0);
        Prescription ice = phase.getPrescriptions().get(0);

        assertEquals(SPANISH, copy.writtenIn());
        assertEquals("Seis fases.", copy.getDescription());
        assertEquals("Calmar el dolor", phase.getName());
        assertEquals("Deja que se calme.", phase.getPurpose());
        assertEquals("Hielo en la zona dolorida", ice.getName());
        assertEquals(
                "Wrap the ice in a cloth.", ice.getInstruction(), "a text without translation is copied as written");
        assertEquals("Hasta 20 minutos.", ice.getNotes());
        assertEquals("Una plancha de 60 segundos", phase.getGateTests().get(0).getDescription());
        assertEquals(
                "Calmar el dolor",
                phase.name(Locale.ENGLISH),
                "no translations: it reads as written in every language");
        assertFalse(copy.speaks(Locale.ENGLISH));
    }

    @Test
    void aCopyInALanguageTheTemplateDoesNotSpeakStaysAsWritten() {
        ProtocolTemplate original = translatedTemplate();
        assertFalse(original.speaks(GERMAN));
        assertTrue(original.speaks(SPANISH));

        ProtocolTemplate copy = original.copyIn(GERMAN, null, "Copy of Low-back pain");

        assertEquals(Locale.ENGLISH, copy.writtenIn());
        assertEquals("Calm it down", copy.getPhases().get(0).getName());
        assertEquals("Calm it down", copy.getPhases().get(0).name(SPANISH), "the Spanish translation is not copied");
    }

    @Test
    void aPlansEventNamesItsPhasesAndProtocolInTheReadersLanguage() {
        ProtocolTemplate template = translatedTemplate();
        template.addPhase("Rebuild", 7).translate(SPANISH, new PhaseWording("Reconstruir", null));
        Plan plan = new Plan(
                null,
                null,
                template.copyFor(null, "Low-back pain", true),
                null,
                LocalDate.of(2026, 11, 2),
                1,
                new BigDecimal("100"),
                new BigDecimal("80"),
                WeightUnit.KG);
        LocalDate day = LocalDate.of(2026, 11, 9);
        PlanEvent assigned = new PlanEvent(
                plan, day, PlanEventKind.ASSIGNED, List.of("Low-back pain", "Rebuild", day), 2, 2, null, null, null);
        PlanEvent movedBack = new PlanEvent(
                plan, day, PlanEventKind.MOVED_BACK, List.of(3, "Rebuild", "Calm it down"), 2, 1, null, null, null);
        PlanEvent renamedSince = new PlanEvent(
                plan, day, PlanEventKind.STAYED, List.of("Rebuild the hinge", 0, 2), 2, 2, null, null, null);

        assertAll(
                () -> assertEquals(List.of("Dolor lumbar", "Reconstruir", "2026-11-09"), assigned.valuesIn(SPANISH)),
                () -> assertEquals(List.of("3", "Reconstruir", "Calmar el dolor"), movedBack.valuesIn(SPANISH)),
                () -> assertEquals(
                        List.of("3", "Rebuild", "Calm it down"), movedBack.valuesIn(Locale.ENGLISH), "as written"),
                () -> assertEquals(
                        List.of("Rebuild the hinge", "0", "2"),
                        renamedSince.valuesIn(SPANISH),
                        "a name that is not the phase's at its position stays as kept"));
    }
}
