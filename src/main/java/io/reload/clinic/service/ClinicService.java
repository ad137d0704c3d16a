package io.reload.clinic.service;

import io.reload.clinic.domain.BookingRules;
import io.reload.clinic.domain.ClinicSettings;
import io.reload.clinic.domain.ClinicSettingsRepository;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clinic's name, time zone and booking rules: anyone may read them, staff change them. */
@Stateless
public class ClinicService {

    @Inject
    SecurityLog securityLog;

    @Inject
    ClinicSettingsRepository settings;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @PermitAll
    public ClinicProfile profile() {
        var current = settings.current();
        return new ClinicProfile(current.getClinicName(), current.getTimeZone());
    }

    /** The clinic's day now: the one clock (see ClockProducer) in the clinic's time zone. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.current().getTimeZone()));
    }

    @PermitAll
    public BookingRules bookingRules() {
        return settings.current().bookingRules();
    }

    @RolesAllowed(Roles.STAFF)
    public ClinicSettingsForm settingsForEditing() {
        ClinicSettings current = settings.current();
        ClinicSettingsForm form = new ClinicSettingsForm();
        form.setClinicName(current.getClinicName());
        form.setTimeZone(current.getTimeZone().getId());
        form.setSlotMinutes(current.getSlotMinutes());
        form.setBufferMinutes(current.getBufferMinutes());
        form.setMinNoticeMinutes(current.getMinNoticeMinutes());
        form.setHorizonDays(current.getHorizonDays());
        form.setCancelCutoffHours(current.getCancelCutoffHours());
        form.setVersion(current.getVersion());
        return form;
    }

    @RolesAllowed(Roles.STAFF)
    public void updateSettings(ClinicSettingsForm form) {
        InputCheck.refuseInvalid(validator, form);
        ClinicSettings current = settings.current();
        if (current.getVersion() != form.getVersion()) {
            throw new BusinessException("settings.changedMeanwhile");
        }
        current.change(
                form.getClinicName(),
                zoneOf(form.getTimeZone()),
                form.getSlotMinutes(),
                form.getBufferMinutes(),
                form.getMinNoticeMinutes(),
                form.getHorizonDays(),
                form.getCancelCutoffHours());
        securityLog.recordChange(
                SecurityEventKind.SETTINGS_CHANGED,
                null,
                "time zone " + form.getTimeZone().strip() + ", slots " + form.getSlotMinutes() + " min, notice "
                        + form.getMinNoticeMinutes() + " min");
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException unknown) {
            throw new InvalidInputException("timeZone", "settings.timeZone.unknown");
        }
    }
}
