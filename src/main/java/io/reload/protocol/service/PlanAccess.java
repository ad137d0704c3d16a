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
 * Finds the plan the caller may see, as it stands today (the clinic's day): a therapist reaches
 * the plans they assigned, a client only their own active plan. Someone else's plan does not
 * exist for the caller.
 *
 * <p>Two ways in. To change a plan (a session log, a therapist's override) it is locked and its
 * calendar rules are run up to today and written down first. To read it (every page GET) it is
 * neither locked nor written: the catch-up is worked out on a copy ({@link PlanReading}), and
 * {@link PlanCatchUpJob} or the next change writes it, so readers never queue behind each other.
 */
@Dependent
class PlanAccess {

    @Inject
    PlanRepository plans;

    @Inject
    PlanJournal journal;

    @Inject
    PlanReadings readings;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
    }

    /** One of my plans as a therapist, locked and up to date, to change it. */
    Plan therapistsOwnToChange(long planId) {
        readings.forget();
        Plan plan = plans.findForUpdate(planId)
                .filter(this::assignedByMe)
                .orElseThrow(() -> new BusinessException("plan.notFound"));
        journal.bringUpToDate(plan, today());
        return plan;
    }

    /** One of my plans as a therapist, as it stands today, to read it. */
    PlanReading therapistsOwnToRead(long planId) {
        return plans.find(planId)
                .filter(this::assignedByMe)
                .map(plan -> PlanReading.asOf(plan, today(), plans))
                .orElseThrow(() -> new BusinessException("plan.notFound"));
    }

    /** My active plan as a client, locked and up to date, to change it. */
    Optional<Plan> clientsOwnToChange() {
        readings.forget();
        Optional<Plan> active = plans.activeOf(currentAccount.get().getId());
        active.ifPresent(plan -> {
            plans.lock(plan);
            journal.bringUpToDate(plan, today());
        });
        return active;
    }

    /** My active plan as a client, as it stands today, to read it. */
    Optional<PlanReading> clientsOwnToRead() {
        return activeToRead(currentAccount.get().getId());
    }

    /** A client's active plan as it stands today, to read it; who may ask is the caller's to check. */
    Optional<PlanReading> activeToRead(long clientId) {
        return readings.activeOf(
                clientId, () -> plans.activeOf(clientId).map(plan -> PlanReading.asOf(plan, today(), plans)));
    }

    private boolean assignedByMe(Plan plan) {
        Account me = currentAccount.get();
        return plan.getTherapist().getId().equals(me.getId());
    }
}
