package io.reload.protocol.service;

import io.reload.account.domain.Account;
import io.reload.protocol.domain.PhaseEngine;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.PlanEvents;
import io.reload.protocol.domain.PlanRepository;
import io.reload.shared.domain.ClientHealthChanged;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Carries out what the engine decided and writes it down: the plan moves, and every decision
 * becomes a plan event with its numbers, so nobody has to guess why a phase changed.
 */
@Dependent
class PlanJournal {

    @Inject
    PlanRepository plans;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    /**
     * Moves the plan as the outcome says and records each decision; returns the events written.
     * A logged session tells the dashboard itself (its log changes the trend too).
     */
    List<PlanEvent> apply(Plan plan, PhaseEngine.Outcome outcome, LocalDate day, Long sessionId) {
        List<PlanEvent> written = PlanEvents.apply(plan, outcome, day, sessionId);
        written.forEach(plans::addEvent);
        return written;
    }

    /** Something a person did to the plan, with their reason. */
    PlanEvent note(
            Plan plan,
            PlanEventKind kind,
            List<?> values,
            LocalDate day,
            int phaseBefore,
            Account actor,
            String reason) {
        PlanEvent event =
                new PlanEvent(plan, day, kind, values, phaseBefore, plan.getPhaseIndex() + 1, actor, reason, null);
        plans.addEvent(event);
        healthChanged.fire(new ClientHealthChanged(plan.getClient().getId()));
        return event;
    }

    /** Runs the plan's calendar rules up to today ({@link Plan#catchUpTo}) and keeps what they decided. */
    void bringUpToDate(Plan plan, LocalDate today) {
        List<PlanEvent> written = plan.catchUpTo(today);
        written.forEach(plans::addEvent);
        if (!written.isEmpty()) {
            healthChanged.fire(new ClientHealthChanged(plan.getClient().getId()));
        }
    }
}
