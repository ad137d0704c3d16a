package io.reload.protocol.service;

import io.reload.account.service.CurrentAccount;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.security.Roles;
import io.reload.shared.text.ReaderLocale;
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

    @Inject
    AuditTrail audit;

    @Inject
    ReaderLocale readerLocale;

    /** My active plan as it stands today; empty while I have none. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<PlanView> myPlan() {
        return access.clientsOwnToRead().map(this::view);
    }

    /** The unit my active plan weighs in, for pages that show loads without the plan; kg without one. */
    @RolesAllowed(Roles.CLIENT)
    public WeightUnit myWeightUnit() {
        return plans.activeOf(currentAccount.get().getId()).map(Plan::getUnit).orElse(WeightUnit.KG);
    }

    @RolesAllowed(Roles.THERAPIST)
    public PlanView plan(long planId) {
        PlanView plan = view(access.therapistsOwnToRead(planId));
        audit.viewed(plan.getClientId(), plan.getClientName(), "plan");
        return plan;
    }

    /** Staff's view of a client's active plan (the dashboard's drill-down); empty without one. */
    @RolesAllowed(Roles.STAFF)
    public Optional<PlanView> activePlanOf(long clientId) {
        Optional<PlanView> plan = access.activeToRead(clientId).map(this::view);
        plan.ifPresent(found -> audit.viewed(clientId, found.getClientName(), "plan (dashboard drill-down)"));
        return plan;
    }

    /** The active plans I assigned, by client name. */
    @RolesAllowed(Roles.THERAPIST)
    public List<PlanSummary> myClientsPlans() {
        return plans.activeOfTherapist(currentAccount.get().getId()).stream()
                .map(plan -> new PlanSummary(plan, readerLocale.get()))
                .toList();
    }

    private PlanView view(PlanReading reading) {
        return PlanViews.of(reading.plan(), reading.eventsNewestFirst(plans), access.today(), readerLocale.get());
    }
}
