package io.reload.protocol.service;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PhaseChange;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanStatus;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.TodaysPrescriptions;
import io.reload.protocol.domain.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds a {@link PlanView} from a plan and its events, for one clinic day, its content in the reader's language. */
final class PlanViews {

    private static final Set<PrescriptionKind> WARM_UP = Set.of(PrescriptionKind.WARMUP);
    private static final Set<PrescriptionKind> TECHNIQUE = Set.of(PrescriptionKind.TECHNIQUE);

    private PlanViews() {}

    /** The plan on the day, its events newest first. */
    static PlanView of(Plan plan, List<PlanEvent> events, LocalDate today, Locale reader) {
        PlanView view = new PlanView();
        WeightUnit unit = plan.getUnit();
        LoadScale loads = plan.loadScale();
        view.id = plan.getId();
        view.clientId = plan.getClient().getId();
        view.clientName = plan.getClient().getFullName();
        view.therapistName = plan.getTherapist().getFullName();
        view.protocolName = plan.getProtocol().name(reader);
        view.startsOn = plan.getStartsOn();
        view.started = plan.hasStartedBy(today);
        view.active = plan.getStatus() == PlanStatus.ACTIVE;
        view.weightUnit = unit;
        view.loadScale = loads;
        view.oneRepMaxKg = plan.getOneRepMaxKg();
        view.bodyWeightKg = plan.getBodyWeightKg();

        List<ProtocolPhase> phases = plan.getProtocol().getPhases();
        view.phases = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            ProtocolPhase phase = phases.get(i);
            view.phases.add(new PlanView.PhaseStep(
                    i, phase.getPosition(), phase.name(reader), phase.getNominalDays(), i == plan.getPhaseIndex()));
        }
        ProtocolPhase current = plan.currentPhase();
        view.currentPhase = view.phases.get(plan.getPhaseIndex());
        view.currentPurpose = current.purpose(reader);
        view.dayOfPhase = view.started ? plan.progress().dayOfPhase(today) : 0;
        view.fallbackUntil = plan.isFallbackOn(today) ? plan.getFallbackUntil() : null;

        Map<String, String> liftNames = liftNames(plan, reader);
        List<Prescription> todays =
                TodaysPrescriptions.of(current, Math.max(1, view.dayOfPhase), plan.isFallbackOn(today));
        view.today = items(todays, plan, false, reader);
        view.warmUp = items(todays, plan, true, reader).stream()
                .filter(item -> WARM_UP.contains(PrescriptionKind.valueOf(item.kind())))
                .toList();
        view.technique = items(todays, plan, true, reader).stream()
                .filter(item -> TECHNIQUE.contains(PrescriptionKind.valueOf(item.kind())))
                .toList();
        view.gate = current.getGateTests().stream()
                .map(test -> new PlanView.GateItem(
                        test.getId(),
                        test.description(reader),
                        plan.progress().passedGateTests().contains(test.getId())))
                .toList();
        view.loads = plan.getWorkingLoadsKg().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(load -> new PlanView.LoadRow(
                        load.getKey(), liftNames.getOrDefault(load.getKey(), load.getKey()), load.getValue()))
                .toList();
        view.events = events.stream()
                .map(event -> new PlanView.EventRow(
                        event.getEffectiveOn(),
                        facts(event, liftNames, loads, reader),
                        event.getActor() == null ? null : event.getActor().getFullName(),
                        event.getReason(),
                        event.changedPhase()))
                .toList();
        // oldest first; by the list's order, as the calendar's pending decisions have no id yet
        List<PlanEvent> oldestFirst = new ArrayList<>(events);
        Collections.reverse(oldestFirst);
        view.phaseChanges = oldestFirst.stream()
                .filter(PlanEvent::changedPhase)
                .map(event -> new PhaseChange(
                        event.getEffectiveOn(),
                        event.getPhaseBefore(),
                        event.getPhaseAfter(),
                        phases.get(event.getPhaseAfter() - 1).name(reader)))
                .toList();
        view.escalation = plan.getProtocol().escalation();
        return view;
    }

    /** Lifts by their key, named as the protocol names them where they first appear, in the reader's language. */
    static Map<String, String> liftNames(Plan plan, Locale reader) {
        Map<String, String> names = new LinkedHashMap<>();
        plan.getProtocol()
                .getPhases()
                .forEach(phase -> phase.getPrescriptions().stream()
                        .filter(Prescription::isLift)
                        .forEach(lift -> names.putIfAbsent(lift.getLiftKey(), lift.name(reader))));
        return names;
    }

    private static List<PlanView.TodayItem> items(
            List<Prescription> prescriptions, Plan plan, boolean warmUpAndTechnique, Locale reader) {
        return prescriptions.stream()
                .filter(prescription -> warmUpAndTechnique
                        == (WARM_UP.contains(prescription.getKind()) || TECHNIQUE.contains(prescription.getKind())))
                .map(prescription -> item(prescription, plan, reader))
                .toList();
    }

    private static PlanView.TodayItem item(Prescription prescription, Plan plan, Locale reader) {
        Dosage dose = prescription.getDosage();
        BigDecimal working = prescription.isLift() ? plan.getWorkingLoadsKg().get(prescription.getLiftKey()) : null;
        ClientDose clientDose = new ClientDose(
                prescription.getKind(), dose.copy(), plan.getOneRepMaxKg(), plan.getBodyWeightKg(), plan.loadScale());
        return new PlanView.TodayItem(
                prescription.getKind().name(),
                prescription.name(reader),
                prescription.instruction(reader),
                clientDose,
                working,
                prescription.isLift() ? prescription.getLiftKey() : null,
                dose.getSetsCount(),
                dose.getReps(),
                prescription.isOptional(),
                prescription.notes(reader));
    }

    /**
     * An event's values in the reader's language: its phases and protocol by their names there,
     * its lift (the first value of a load event) by name instead of key.
     */
    static EventFacts facts(PlanEvent event, Map<String, String> liftNames, LoadScale loads, Locale reader) {
        List<String> values = event.valuesIn(reader);
        if (event.getKind().isAboutALoad() && !values.isEmpty()) {
            values.set(0, liftNames.getOrDefault(values.get(0), values.get(0)));
        }
        return new EventFacts(event.getKind(), values, loads);
    }
}
