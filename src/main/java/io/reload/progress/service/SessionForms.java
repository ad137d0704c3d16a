package io.reload.progress.service;

import io.reload.protocol.service.SessionPlan;
import java.util.ArrayList;
import java.util.List;

/** Builds a session form from what the plan prescribes today. */
final class SessionForms {

    private SessionForms() {}

    static SessionForm prefilled(SessionPlan plan) {
        SessionForm form = new SessionForm();
        form.setPlanId(plan.getPlanId());
        form.setPhaseName(plan.getPhaseName());
        form.setUnit(plan.getUnit().name());
        List<SessionForm.Entry> entries = plan.getExercises().stream()
                .map(exercise -> {
                    SessionForm.Entry entry = new SessionForm.Entry();
                    entry.setName(exercise.name());
                    entry.setLiftKey(exercise.liftKey());
                    entry.setPrescribedSets(exercise.sets());
                    entry.setPrescribedReps(exercise.reps());
                    entry.setPrescribedLoad(
                            exercise.workingLoadKg() == null
                                    ? null
                                    : plan.getLoads().shown(exercise.workingLoadKg()));
                    entry.setSetsDone(exercise.sets());
                    entry.setRepsDone(exercise.reps());
                    entry.setLoad(
                            exercise.workingLoadKg() == null
                                    ? null
                                    : plan.getLoads().shown(exercise.workingLoadKg()));
                    return entry;
                })
                .toList();
        form.setEntries(new ArrayList<>(entries));
        form.setGate(new ArrayList<>(plan.getGateTests().stream()
                .map(test -> {
                    SessionForm.GateEntry entry = new SessionForm.GateEntry();
                    entry.setId(test.id());
                    entry.setDescription(test.description());
                    entry.setPassedBefore(test.passed());
                    return entry;
                })
                .toList()));
        return form;
    }
}
