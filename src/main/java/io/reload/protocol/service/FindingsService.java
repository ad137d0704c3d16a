package io.reload.protocol.service;

import io.reload.account.service.CurrentAccount;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.protocol.domain.FindingsRepository;
import io.reload.protocol.domain.ScreenFindings;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.time.Clock;
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

    /** The findings of my screen for editing; an empty form while none are recorded. */
    public FindingsForm findingsFor(long screenId) {
        schedule.myScreen(screenId);
        return findings.ofScreen(screenId).map(FindingsService::formOf).orElseGet(FindingsForm::new);
    }

    /** Records or updates the findings of my screen; a cancelled screen gets none. */
    public void record(long screenId, FindingsForm form) {
        InputCheck.refuseInvalid(validator, form);
        ScreenSummary screen = schedule.myScreen(screenId);
        if (screen.isCancelled()) {
            throw new BusinessException("findings.screen.cancelled");
        }
        if (!ScreenFindings.isGrounded(form.getOutcome(), form.getErgonomics(), form.getPosture(), form.getMuscleTone(),
                form.getMuscleWeaknesses(), form.getMovementPatterns())) {
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
        }
        current.record(form.getErgonomics(), form.getPosture(), form.getMuscleTone(), form.getMuscleWeaknesses(),
                form.getMovementPatterns(), form.getOutcome(), currentAccount.get(), clock.instant());
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
}
