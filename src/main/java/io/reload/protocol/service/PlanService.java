package io.reload.protocol.service;

import io.reload.account.service.CurrentAccount;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanRepository;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Reading plans: a client their own, a therapist the plans they assigned. */
@Stateless
public class PlanService {

    @Inject
    PlanAccess access;

    @Inject
    PlanRepository plans;

    @Inject
    CurrentAccount currentAccount;

    /** My active plan as it stands today; empty while I have none. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<PlanView> myPlan() {
        return access.clientsOwn().map(this::view);
    }

    @RolesAllowed(Roles.THERAPIST)
    public PlanView plan(long planId) {
        return view(access.therapistsOwn(planId));
    }

    /** The active plans I assigned, by client name. */
    @RolesAllowed(Roles.THERAPIST)
    public List<PlanSummary> myClientsPlans() {
        return plans.activeOfTherapist(currentAccount.get().getId()).stream().map(PlanSummary::new).toList();
    }

    private PlanView view(Plan plan) {
        return PlanViews.of(plan, plans.eventsOf(plan.getId()), access.today());
    }
}
