package io.reload.protocol.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.PlanProgress;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The therapist has the last word over the rules: they move a client to another phase or set a
 * lift's working load, and end a plan, each with a reason that becomes part of the plan's story.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class PlanOverrideService {

    @Inject
    PlanAccess access;

    @Inject
    PlanJournal journal;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Clock clock;

    /** Moves the client to the phase at this 0-based index, from today. */
    public void movePhase(long planId, int phaseIndex, String reason) {
        String why = requiredReason(reason);
        Plan plan = activeOwn(planId);
        int phases = plan.getProtocol().getPhases().size();
        if (phaseIndex < 0 || phaseIndex >= phases) {
            throw new InvalidInputException("phase", "plan.override.phase.invalid");
        }
        if (phaseIndex == plan.getPhaseIndex()) {
            throw new InvalidInputException("phase", "plan.override.phase.same");
        }
        LocalDate today = access.today();
        int before = plan.getPhaseIndex() + 1;
        String from = plan.currentPhase().getName();
        PlanProgress now = plan.progress();
        plan.moveTo(new PlanProgress(phaseIndex, today, Set.of(), now.workingLoadsKg(), null));
        journal.note(
                plan,
                PlanEventKind.PHASE_OVERRIDDEN,
                List.of(from, plan.currentPhase().getName()),
                today,
                before,
                me(),
                why);
    }

    /** Sets a lift's working load, entered in the plan's unit and rounded to its loadable step. */
    public void setLoad(long planId, String liftKey, BigDecimal load, String reason) {
        String why = requiredReason(reason);
        if (load == null || load.signum() <= 0) {
            throw new InvalidInputException("load", "plan.override.load.positive");
        }
        Plan plan = activeOwn(planId);
        BigDecimal current = plan.getWorkingLoadsKg().get(liftKey);
        if (current == null) {
            throw new InvalidInputException("lift", "plan.override.lift.unknown");
        }
        BigDecimal kg = plan.loadScale().nearest(load);
        PlanProgress now = plan.progress();
        Map<String, BigDecimal> loads = new HashMap<>(now.workingLoadsKg());
        loads.put(liftKey, kg);
        plan.moveTo(new PlanProgress(
                now.phaseIndex(), now.phaseStartedOn(), now.passedGateTests(), loads, now.fallbackUntil()));
        int phase = plan.getPhaseIndex() + 1;
        journal.note(
                plan, PlanEventKind.LOAD_OVERRIDDEN, List.of(liftKey, current, kg), access.today(), phase, me(), why);
    }

    public void end(long planId, String reason) {
        String why = requiredReason(reason);
        Plan plan = activeOwn(planId);
        plan.end(clock.instant());
        journal.note(plan, PlanEventKind.ENDED, List.of(), access.today(), plan.getPhaseIndex() + 1, me(), why);
    }

    private Plan activeOwn(long planId) {
        Plan plan = access.therapistsOwnToChange(planId);
        if (!plan.isActive()) {
            throw new BusinessException("plan.ended");
        }
        return plan;
    }

    private Account me() {
        return currentAccount.get();
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "plan.override.reason.required");
        }
        if (reason.strip().length() > PlanEvent.MAX_REASON) {
            throw new InvalidInputException("reason", "plan.override.reason.tooLong");
        }
        return reason.strip();
    }
}
