package io.reload.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Role;
import io.reload.clinic.service.ClinicService;
import io.reload.protocol.domain.PlanLine;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.AssignmentForm;
import io.reload.protocol.service.FindingsForm;
import io.reload.protocol.service.FindingsService;
import io.reload.protocol.service.PhaseView;
import io.reload.protocol.service.PlanAssignmentService;
import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanSessionService;
import io.reload.protocol.service.PlanView;
import io.reload.protocol.service.SessionPlan;
import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateSummary;
import io.reload.protocol.service.TemplateView;
import io.reload.shared.text.ReaderLocale;
import io.reload.testsupport.AllPages;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default protocol's content in the reader's language, from the Spanish of migration V18
 * through the real database: a plan on the default reads in Spanish or English as the reader
 * does, on the client's plan, the therapist's list, session logging and the template pages; a
 * therapist's own protocol reads as it was written, whoever reads it.
 */
@ServiceTest
class ProtocolContentIT {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<String> ENGLISH_PHASES = List.of(
            "Calm it down", "Active recovery", "Rebuild movement", "Re-pattern the hinge", "Reload", "Stay healthy");
    private static final List<String> SPANISH_PHASES = List.of(
            "Calmar el dolor",
            "Recuperación activa",
            "Reconstruir el movimiento",
            "Reaprender la bisagra de cadera",
            "Volver a cargar",
            "Mantenerse sano");
    private static final String SPANISH_PLANK = "Una plancha de 60 segundos sin que se hunda la cadera";

    /** Screen start times of their own, apart from the other plan tests' (a therapist has one screen per start). */
    private static final AtomicInteger NEXT_HOUR = new AtomicInteger();

    @Inject
    PlanAssignmentService assignments;

    @Inject
    PlanService plans;

    @Inject
    PlanSessionService sessions;

    @Inject
    TemplateService templates;

    @Inject
    FindingsService findings;

    @Inject
    ClinicService clinic;

    @Inject
    ReaderLocale readerLocale;

    @Inject
    TestData data;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsClient asClient;

    private long therapist;
    private long client;
    private long clinicDefault;

    @BeforeEach
    void theRunAsAccountsAndTheDefault() throws Exception {
        readerLocale.use(Locale.ENGLISH);
        therapist = data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        client = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        clinicDefault = asTherapist.call(templates::myTemplates).stream()
                .filter(TemplateSummary::isClinicDefault)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void aPlanOnTheDefaultReadsInTheReadersLanguage() throws Exception {
        long planId = assignFrom(clinicDefault, 3);

        readerLocale.use(SPANISH);
        PlanView spanish = asClient.call(() -> plans.myPlan()).orElseThrow();
        assertEquals(planId, spanish.getId());
        assertEquals("Dolor lumbar tras el peso muerto", spanish.getProtocolName());
        assertEquals(SPANISH_PHASES, names(spanish.getPhases(), PlanView.PhaseStep::name));
        assertEquals("Reconstruir el movimiento", spanish.getCurrentPhase().getName());
        assertEquals(
                "Semana 1: primero movilidad, después estabilidad del core. Pasa a la siguiente fase solo cuando superes las cuatro pruebas.",
                spanish.getCurrentPurpose());
        assertEquals(
                List.of("Gato-camello", "Caminar"),
                names(spanish.getToday(), PlanView.TodayItem::name),
                "days 1 and 2 of the phase");
        assertEquals("Solo movilidad suave.", spanish.getToday().get(0).instruction());
        assertTrue(
                names(spanish.getGate(), PlanView.GateItem::description).contains(SPANISH_PLANK),
                spanish.getGate().toString());
        assertEquals(
                "Peso muerto rumano con kettlebell desde bloques",
                spanish.getLoads().stream()
                        .filter(load -> load.liftKey().equals("kb-rdl-blocks"))
                        .findFirst()
                        .orElseThrow()
                        .liftName());

        SessionPlan logging = asClient.call(() -> sessions.planForLogging()).orElseThrow();
        assertEquals("Reconstruir el movimiento", logging.getPhaseName());
        assertTrue(
                names(logging.getGateTests(), SessionPlan.GateTest::description).contains(SPANISH_PLANK));
        PlanLine listed = AllPages.rowsOf(page -> asTherapist.call(() -> plans.myClientsPlans(page))).stream()
                .filter(summary -> summary.getId() == planId)
                .findFirst()
                .orElseThrow();
        assertEquals("Reconstruir el movimiento", listed.getPhaseName());

        readerLocale.use(Locale.ENGLISH);
        PlanView english = asTherapist.call(() -> plans.plan(planId));
        assertEquals("Low-back pain after deadlifting", english.getProtocolName());
        assertEquals(ENGLISH_PHASES, names(english.getPhases(), PlanView.PhaseStep::name));
        assertEquals(List.of("Cat-cow", "Walking"), names(english.getToday(), PlanView.TodayItem::name));
        assertTrue(names(english.getGate(), PlanView.GateItem::description)
                .contains("A 60-second plank without the hips sagging"));
        assertEquals(
                "Rebuild movement",
                asClient.call(() -> sessions.planForLogging()).orElseThrow().getPhaseName());
    }

    @Test
    void theDefaultsTemplatePagesReadInTheReadersLanguage() throws Exception {
        readerLocale.use(SPANISH);
        TemplateView template = asTherapist.call(() -> templates.template(clinicDefault));
        assertEquals("Dolor lumbar tras el peso muerto", template.getForm().getName());
        assertEquals(SPANISH_PHASES, names(template.getPhases(), TemplateView.PhaseRow::getName));
        long stayHealthy = template.getPhases().get(5).getId();
        PhaseView phase = asTherapist.call(() -> templates.phase(stayHealthy));
        assertEquals("Mantenerse sano", phase.getForm().getName());
        assertTrue(names(phase.getPrescriptions(), PhaseView.PrescriptionRow::getName)
                .containsAll(List.of(
                        "Calentamiento antes de cada levantamiento",
                        "Barra sobre el mediopié",
                        "Al bajar, primero la cadera")));
        long rebuild = template.getPhases().get(2).getId();
        assertTrue(names(
                        asTherapist.call(() -> templates.phase(rebuild)).getGateTests(),
                        PhaseView.GateRow::getDescription)
                .contains(SPANISH_PLANK));
        assertEquals(
                SPANISH_PHASES.get(0),
                asTherapist
                        .call(() -> assignments.phasesOf(clinicDefault))
                        .get(0)
                        .getName(),
                "choosing the starting phase");

        readerLocale.use(Locale.ENGLISH);
        assertEquals(
                ENGLISH_PHASES,
                names(
                        asTherapist
                                .call(() -> templates.template(clinicDefault))
                                .getPhases(),
                        TemplateView.PhaseRow::getName));
        assertTrue(names(
                        asTherapist.call(() -> templates.phase(stayHealthy)).getPrescriptions(),
                        PhaseView.PrescriptionRow::getName)
                .contains("Bar over mid-foot"));
    }

    @Test
    void aTherapistsOwnProtocolReadsAsWritten() throws Exception {
        readerLocale.use(SPANISH);
        long spanishCopy = asTherapist.call(() -> templates.copy(clinicDefault));
        readerLocale.use(Locale.ENGLISH);
        TemplateView readInEnglish = asTherapist.call(() -> templates.template(spanishCopy));
        assertEquals(
                SPANISH_PHASES,
                names(readInEnglish.getPhases(), TemplateView.PhaseRow::getName),
                "copied in Spanish, it stays Spanish");
        assertTrue(
                readInEnglish.getForm().getName().endsWith("Dolor lumbar tras el peso muerto"),
                readInEnglish.getForm().getName());

        long englishCopy = asTherapist.call(() -> templates.copy(clinicDefault));
        long planId = assignFrom(englishCopy, 1);
        readerLocale.use(SPANISH);
        assertEquals(
                ENGLISH_PHASES,
                names(
                        asTherapist.call(() -> templates.template(englishCopy)).getPhases(),
                        TemplateView.PhaseRow::getName));
        PlanView mine = asClient.call(() -> plans.myPlan()).orElseThrow();
        assertEquals(planId, mine.getId());
        assertEquals(ENGLISH_PHASES, names(mine.getPhases(), PlanView.PhaseStep::name));
        assertTrue(
                names(mine.getToday(), PlanView.TodayItem::name).contains("Ice the sore area"),
                mine.getToday().toString());
    }

    // ----- a plan of the run-as client, assigned by the run-as therapist -----

    private long assignFrom(long templateId, int startingPhase) throws Exception {
        long screen = screenNeedingAPlan();
        AssignmentForm form = new AssignmentForm();
        form.setTemplateId(templateId);
        form.setStartsOn(LocalDate.now(clinic.profile().getTimeZone()));
        form.setOneRepMax(new BigDecimal("140"));
        form.setBodyWeight(new BigDecimal("70"));
        form.setUnit(WeightUnit.KG);
        form.setStartingPhase(startingPhase);
        return asTherapist.call(() -> assignments.assign(screen, form));
    }

    private long screenNeedingAPlan() throws Exception {
        Instant start = Instant.now()
                .truncatedTo(ChronoUnit.HOURS)
                .minus(Duration.ofDays(52))
                .plus(Duration.ofHours(NEXT_HOUR.incrementAndGet()));
        long screen = data.screen(client, therapist, start, start.plus(Duration.ofMinutes(45)));
        FindingsForm form = new FindingsForm();
        form.setMovementPatterns("Hip hinge breaks at the lumbar spine");
        form.setOutcome(ScreenOutcome.PLAN_NEEDED);
        asTherapist.call(() -> {
            findings.record(screen, form);
            return null;
        });
        return screen;
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }
}
