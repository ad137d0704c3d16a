package io.reload.protocol.service;

import io.reload.account.service.CurrentAccount;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.protocol.domain.FindingsRepository;
import io.reload.protocol.domain.ScreenFindings;
import io.reload.shared.audit.AmendedRecord;
import io.reload.shared.audit.Amendment;
import io.reload.shared.audit.Amendments;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A therapist records what they found in one of their own screens (clinical-rules 2). Whose
 * screen it is, is the booking feature's to say: its service refuses another therapist's.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class FindingsService {

    @Inject
    TherapistScheduleService schedule;

    @Inject
    FindingsRepository findings;

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

    /** The findings of my screen for editing; an empty form while none are recorded. */
    public FindingsForm findingsFor(long screenId) {
        ScreenSummary screen = schedule.myScreen(screenId);
        audit.viewed(screen.getClientId(), screen.getClientName(), "screen findings");
        return findings.ofScreen(screenId).map(FindingsService::formOf).orElseGet(FindingsForm::new);
    }

    /** What my screen's findings said before each re-recording, newest first. */
    public List<Amendment> earlierValues(long screenId) {
        schedule.myScreen(screenId);
        return findings.ofScreen(screenId)
                .map(found -> amendments.of(AmendedRecord.SCREEN_FINDINGS, found.getId()))
                .orElse(List.of());
    }

    /** Records or updates the findings of my screen (the earlier values kept); a cancelled screen gets none. */
    public void record(long screenId, FindingsForm form) {
        InputCheck.refuseInvalid(validator, form);
        ScreenSummary screen = schedule.myScreen(screenId);
        if (screen.isCancelled()) {
            throw new BusinessException("findings.screen.cancelled");
        }
        if (!ScreenFindings.isGrounded(
                form.getOutcome(),
                form.getErgonomics(),
                form.getPosture(),
                form.getMuscleTone(),
                form.getMuscleWeaknesses(),
                form.getMovementPatterns())) {
            throw new InvalidInputException("outcome", "findings.plan.needsFindings");
        }
        ScreenFindings current = findings.ofScreen(screenId).orElse(null);
        Long seen = current == null ? null : current.getVersion();
        if (!Objects.equals(seen, form.getVersion())) {
            throw new BusinessException("findings.changedMeanwhile");
        }
        boolean first = current == null;
        if (first) {
            current = new ScreenFindings(screenId);
        } else {
            keepEarlierValues(current, form);
        }
        current.record(
                form.getErgonomics(),
                form.getPosture(),
                form.getMuscleTone(),
                form.getMuscleWeaknesses(),
                form.getMovementPatterns(),
                form.getOutcome(),
                currentAccount.get(),
                clock.instant());
        if (first) {
            // only once filled in: with IDENTITY ids Hibernate inserts at persist
            findings.add(current);
        }
    }

    private static FindingsForm formOf(ScreenFindings recorded) {
        FindingsForm form = new FindingsForm();
        form.setErgonomics(recorded.getErgonomics());
        form.setPosture(recorded.getPosture());
        form.setMuscleTone(recorded.getMuscleTone());
        form.setMuscleWeaknesses(recorded.getMuscleWeaknesses());
        form.setMovementPatterns(recorded.getMovementPatterns());
        form.setOutcome(recorded.getOutcome());
        form.setVersion(recorded.getVersion());
        return form;
    }

    private void keepEarlierValues(ScreenFindings current, FindingsForm form) {
        long id = current.getId();
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS,
                id,
                "findings.ergonomics",
                current.getErgonomics(),
                form.getErgonomics());
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS, id, "findings.posture", current.getPosture(), form.getPosture());
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS,
                id,
                "findings.muscleTone",
                current.getMuscleTone(),
                form.getMuscleTone());
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS,
                id,
                "findings.muscleWeaknesses",
                current.getMuscleWeaknesses(),
                form.getMuscleWeaknesses());
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS,
                id,
                "findings.movementPatterns",
                current.getMovementPatterns(),
                form.getMovementPatterns());
        amendments.changed(
                AmendedRecord.SCREEN_FINDINGS, id, "findings.outcome", current.getOutcome(), form.getOutcome());
    }
}
