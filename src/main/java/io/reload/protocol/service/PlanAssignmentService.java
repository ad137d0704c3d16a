package io.reload.protocol.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.service.CurrentAccount;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.protocol.domain.FindingsRepository;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.PlanRepository;
import io.reload.protocol.domain.ProtocolTemplate;
import io.reload.protocol.domain.ScreenFindings;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.domain.TemplateRepository;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import io.reload.shared.text.ReaderLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A therapist assigns a recovery plan after one of their screens whose findings say a plan is
 * needed (clinical-rules 2). The plan runs on its own copy of the chosen template. A client
 * follows one plan at a time: a new plan ends the one before, and says so in its events.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class PlanAssignmentService {

    /** How far back a plan may start (it was agreed in the screen), and how far ahead. */
    static final int MAX_DAYS_BACK = 7;

    static final int MAX_DAYS_AHEAD = 90;

    @Inject
    TherapistScheduleService schedule;

    @Inject
    FindingsRepository findings;

    @Inject
    TemplateRepository templates;

    @Inject
    PlanRepository plans;

    @Inject
    AccountRepository accounts;

    @Inject
    PlanJournal journal;

    @Inject
    PlanAccess access;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ReaderLocale readerLocale;

    /** A form to start from: the clinic's default protocol, from today, in kg, from the first phase. */
    public AssignmentForm newAssignment(long screenId) {
        schedule.myScreen(screenId);
        AssignmentForm form = new AssignmentForm();
        form.setTemplateId(
                templates.assignableBy(currentAccount.get().getId()).get(0).getId());
        form.setStartsOn(access.today());
        return form;
    }

    /** The phases of a template I may assign, in order, for choosing where to start. */
    public List<TemplateView.PhaseRow> phasesOf(long templateId) {
        return assignable(templateId).getPhases().stream()
                .map(phase -> new TemplateView.PhaseRow(phase, readerLocale.get()))
                .toList();
    }

    /** The active plan that came out of this screen, if any. */
    public Optional<Long> planOfScreen(long screenId) {
        ScreenSummary screen = schedule.myScreen(screenId);
        return plans.activeOf(screen.getClientId())
                .filter(plan -> Long.valueOf(screenId).equals(plan.getScreenId()))
                .map(Plan::getId);
    }

    public long assign(long screenId, AssignmentForm form) {
        InputCheck.refuseInvalid(validator, form);
        ScreenSummary screen = schedule.myScreen(screenId);
        if (screen.isCancelled()) {
            throw new BusinessException("findings.screen.cancelled");
        }
        boolean planNeeded = findings.ofScreen(screenId)
                .map(ScreenFindings::getOutcome)
                .filter(ScreenOutcome.PLAN_NEEDED::equals)
                .isPresent();
        if (!planNeeded) {
            throw new BusinessException("plan.assign.findingsFirst");
        }
        LocalDate today = access.today();
        if (form.getStartsOn().isBefore(today.minusDays(MAX_DAYS_BACK))
                || form.getStartsOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException("startsOn", "plan.startsOn.range", MAX_DAYS_BACK, MAX_DAYS_AHEAD);
        }
        ProtocolTemplate template = assignable(form.getTemplateId());
        if (form.getStartingPhase() > template.getPhases().size()) {
            throw new InvalidInputException("startingPhase", "plan.startingPhase.required");
        }
        Account me = currentAccount.get();
        Account client =
                accounts.find(screen.getClientId()).orElseThrow(() -> new BusinessException("booking.screen.notFound"));
        plans.activeOf(client.getId()).ifPresent(earlier -> endReplaced(earlier, me, today));

        ProtocolTemplate copy = templates.add(template.copyFor(me, template.getName(), true));
        int phaseIndex = form.getStartingPhase() - 1;
        Plan plan = plans.add(new Plan(
                client,
                me,
                copy,
                screenId,
                form.getStartsOn(),
                phaseIndex,
                form.getUnit().toKg(form.getOneRepMax()),
                form.getUnit().toKg(form.getBodyWeight()),
                form.getUnit()));
        journal.note(
                plan,
                PlanEventKind.ASSIGNED,
                List.of(template.getName(), copy.getPhases().get(phaseIndex).getName(), form.getStartsOn()),
                today,
                phaseIndex + 1,
                me,
                null);
        return plan.getId();
    }

    private void endReplaced(Plan earlier, Account me, LocalDate today) {
        plans.lock(earlier);
        earlier.end(clock.instant());
        journal.note(earlier, PlanEventKind.REPLACED, List.of(), today, earlier.getPhaseIndex() + 1, me, null);
    }

    private ProtocolTemplate assignable(long templateId) {
        Account me = currentAccount.get();
        return templates
                .find(templateId)
                .filter(template -> !template.isPlanCopy() && (template.isClinicDefault() || template.isOwnedBy(me)))
                .orElseThrow(() -> new InvalidInputException("templateId", "template.notFound"));
    }
}
