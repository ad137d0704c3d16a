package io.reload.protocol.service;

import io.reload.account.service.CurrentAccount;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanLine;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.PageOfRows;
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

    /** Plans on a page of My clients: a usual caseload fits on one. */
    public static final int MY_CLIENTS_PAGE = 50;

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

    /** A page of the active plans I assigned, by client name; past the last page, the last. */
    @RolesAllowed(Roles.THERAPIST)
    public PageOfRows<PlanLine> myClientsPlans(int page) {
        long therapist = currentAccount.get().getId();
        long total = plans.countActiveOfTherapist(therapist);
        int shown = PageOfRows.within(page, MY_CLIENTS_PAGE, total);
        List<PlanLine> lines = plans.activeLinesOfTherapist(
                therapist, readerLocale.get(), PageOfRows.firstRow(shown, MY_CLIENTS_PAGE), MY_CLIENTS_PAGE);
        return new PageOfRows<>(lines, shown, MY_CLIENTS_PAGE, total);
    }

    private PlanView view(PlanReading reading) {
        return PlanViews.of(reading.plan(), reading.eventsNewestFirst(plans), access.today(), readerLocale.get());
    }
}
