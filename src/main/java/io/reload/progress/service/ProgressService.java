package io.reload.progress.service;

import io.reload.account.service.CurrentAccount;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionLog;
import io.reload.progress.domain.SessionLogRepository;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.PlanService;
import io.reload.protocol.service.PlanView;
import io.reload.shared.audit.AmendedRecord;
import io.reload.shared.audit.Amendment;
import io.reload.shared.audit.Amendments;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.security.Roles;
import io.reload.shared.text.Wording;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Progress on a plan (journey 4): charts, history and export. A client sees their own; a
 * therapist the same pages for the plans they assigned (the plan service says which those are).
 */
@Stateless
public class ProgressService {

    @Inject
    PlanService plans;

    @Inject
    SessionLogRepository sessions;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Amendments amendments;

    @Inject
    ClinicService clinic;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @RolesAllowed(Roles.CLIENT)
    public Optional<ProgressView> myProgress() {
        return plans.myPlan().map(plan -> ProgressViews.of(plan, sessions.ofPlan(plan.getId())));
    }

    /** My plan in short for my start page (today in the clinic's time zone); empty while I have none. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<PortalView> myPortal() {
        LocalDate today = LocalDate.now(clock.withZone(clinic.profile().getTimeZone()));
        return plans.myPlan().map(plan -> ProgressViews.portal(plan, sessions.ofPlan(plan.getId()), today));
    }

    @RolesAllowed(Roles.THERAPIST)
    public ProgressView progressOfPlan(long planId) {
        PlanView plan = plans.plan(planId);
        audit.viewed(plan.getClientId(), plan.getClientName(), "progress charts");
        return ProgressViews.of(plan, sessions.ofPlan(planId));
    }

    /** A client's plan with its charts, as the plan and the charts are shown together. */
    public record ClientOverview(PlanView plan, ProgressView progress) implements Serializable {}

    /** Staff's view of a client's plan and charts (the dashboard's drill-down); empty without an active plan. */
    @RolesAllowed(Roles.STAFF)
    public Optional<ClientOverview> drillDown(long clientId) {
        return plans.activePlanOf(clientId).map(plan -> {
            audit.viewed(clientId, plan.getClientName(), "progress charts (dashboard drill-down)");
            return new ClientOverview(plan, ProgressViews.of(plan, sessions.ofPlan(plan.getId())));
        });
    }

    /** My sessions, newest first, one page (0-based) at a time. */
    @RolesAllowed(Roles.CLIENT)
    public HistoryPage myHistory(int page) {
        long me = currentAccount.get().getId();
        return history(
                page,
                (first, size) -> sessions.pageOfClient(me, first, size),
                sessions.countOfClient(me),
                plans.myWeightUnit());
    }

    /** The sessions logged on the plan, not the client's sessions under a later plan of another therapist. */
    @RolesAllowed(Roles.THERAPIST)
    public HistoryPage historyOfPlan(long planId, int page) {
        PlanView plan = plans.plan(planId);
        audit.viewed(plan.getClientId(), plan.getClientName(), "session history");
        return history(
                page,
                (first, size) -> sessions.pageOfPlan(planId, first, size),
                sessions.countOfPlan(planId),
                plan.getWeightUnit());
    }

    /** Everything I logged, oldest first, for me to export. */
    @RolesAllowed(Roles.CLIENT)
    public List<HistoryPage.Row> myExport() {
        long me = currentAccount.get().getId();
        WeightUnit unit = plans.myPlan().map(PlanView::getWeightUnit).orElse(WeightUnit.KG);
        return sessions.ofClient(me).stream()
                .map(log -> SessionRows.row(log, unit))
                .toList();
    }

    /** Every session logged on the plan, oldest first, for its therapist to export. */
    @RolesAllowed(Roles.THERAPIST)
    public List<HistoryPage.Row> exportOfPlan(long planId) {
        PlanView plan = plans.plan(planId);
        audit.viewed(plan.getClientId(), plan.getClientName(), "session export (CSV)");
        return sessions.ofPlan(planId).stream()
                .map(log -> SessionRows.row(log, plan.getWeightUnit()))
                .toList();
    }

    @RolesAllowed(Roles.CLIENT)
    public CorrectionForm sessionForCorrection(long sessionId) {
        SessionLog log = mine(sessionId);
        CorrectionForm form = new CorrectionForm();
        form.setSessionId(log.getId());
        form.setDay(log.getDay());
        form.setVersion(log.getVersion());
        form.setPainBefore(log.getPainBefore());
        form.setPainAfter(log.getPainAfter());
        form.setNote(log.getNote());
        return form;
    }

    /**
     * Corrects a past session's pain and note; the charts and flags follow, the plan's earlier
     * decisions stand (they were made on what was logged then). Returns what changed.
     */
    @RolesAllowed(Roles.CLIENT)
    public List<Wording> correct(CorrectionForm form) {
        InputCheck.refuseInvalid(validator, form);
        SessionLog log = mine(form.getSessionId());
        if (log.getVersion() != form.getVersion()) {
            throw new BusinessException("session.changedMeanwhile");
        }
        List<Wording> changes = new ArrayList<>();
        describe(changes, "history.field.painBefore", log.getPainBefore(), form.getPainBefore());
        describe(changes, "history.field.painAfter", log.getPainAfter(), form.getPainAfter());
        String note = form.getNote() == null || form.getNote().isBlank()
                ? null
                : form.getNote().strip();
        if (!Objects.equals(log.getNote(), note)) {
            changes.add(Wording.of("history.change.note"));
        }
        if (!changes.isEmpty()) {
            amendments.changed(
                    AmendedRecord.SESSION_LOG,
                    log.getId(),
                    "session.painBefore",
                    log.getPainBefore(),
                    form.getPainBefore());
            amendments.changed(
                    AmendedRecord.SESSION_LOG,
                    log.getId(),
                    "session.painAfter",
                    log.getPainAfter(),
                    form.getPainAfter());
            amendments.changed(AmendedRecord.SESSION_LOG, log.getId(), "session.note", log.getNote(), note);
            log.correct(new PainScores(form.getPainBefore(), form.getPainAfter()), note, clock.instant());
            healthChanged.fire(new ClientHealthChanged(log.getClient().getId()));
        }
        return changes;
    }

    /** What my session said before each correction, newest first. */
    @RolesAllowed(Roles.CLIENT)
    public List<Amendment> earlierValuesOfMySession(long sessionId) {
        return amendments.of(AmendedRecord.SESSION_LOG, mine(sessionId).getId());
    }

    private SessionLog mine(long sessionId) {
        long me = currentAccount.get().getId();
        return sessions.find(sessionId)
                .filter(log -> log.getClient().getId() == me)
                .orElseThrow(() -> new BusinessException("session.notFound"));
    }

    private static HistoryPage history(
            int page, BiFunction<Integer, Integer, List<SessionLog>> pageOf, long total, WeightUnit unit) {
        int safePage = Math.max(0, page);
        List<HistoryPage.Row> rows = pageOf.apply(safePage * HistoryPage.SIZE, HistoryPage.SIZE).stream()
                .map(log -> SessionRows.row(log, unit))
                .toList();
        return new HistoryPage(rows, safePage, total);
    }

    private static void describe(List<Wording> changes, String fieldKey, int before, int after) {
        if (before != after) {
            changes.add(Wording.of("history.change.pain", Wording.of(fieldKey), before, after));
        }
    }
}
