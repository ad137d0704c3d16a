package io.reload.protocol.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.clinic.service.ClinicService;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanRepository;
import io.reload.shared.domain.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the plan the caller may see, brought up to date for today (the clinic's day): a
 * therapist reaches the plans they assigned, a client only their own active plan. Someone
 * else's plan does not exist for the caller.
 */
@Dependent
class PlanAccess {

    @Inject
    PlanRepository plans;

    @Inject
    PlanJournal journal;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
    }

    /** One of my plans as a therapist, locked and up to date, for reading or changing. */
    Plan therapistsOwn(long planId) {
        Account me = currentAccount.get();
        Plan plan = plans.findForUpdate(planId)
                .filter(found -> found.getTherapist().getId().equals(me.getId()))
                .orElseThrow(() -> new BusinessException("plan.notFound"));
        journal.bringUpToDate(plan, today());
        return plan;
    }

    /** My active plan as a client, locked and up to date. */
    Optional<Plan> clientsOwn() {
        return activeOf(currentAccount.get().getId());
    }

    /** A client's active plan, locked and up to date; who may ask is the caller's to check. */
    Optional<Plan> activeOf(long clientId) {
        Optional<Plan> active = plans.activeOf(clientId);
        active.ifPresent(plan -> {
            plans.lock(plan);
            journal.bringUpToDate(plan, today());
        });
        return active;
    }
}
