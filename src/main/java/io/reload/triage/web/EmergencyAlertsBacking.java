package io.reload.triage.web;

import io.reload.clinic.service.ClinicService;
import io.reload.triage.service.EmergencyAlert;
import io.reload.triage.service.SelfCheckService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The emergency self-checks of the last 7 days on staff's start page (WEB-INF/includes/emergency-alerts.xhtml). */
@Named
@RequestScoped
public class EmergencyAlertsBacking {

    @Inject
    SelfCheckService selfCheckService;

    @Inject
    ClinicService clinicService;

    private List<EmergencyAlert> alerts;
    private ZoneId clinicZone;

    @PostConstruct
    void load() {
        alerts = selfCheckService.recentEmergencies();
        clinicZone = clinicService.profile().getTimeZone();
    }

    public List<EmergencyAlert> getAlerts() {
        return alerts;
    }

    /** True when the list stops at the cap and older ones are left out. */
    public boolean isCapped() {
        return alerts.size() >= SelfCheckService.MAX_EMERGENCY_ALERTS;
    }

    public int getCap() {
        return SelfCheckService.MAX_EMERGENCY_ALERTS;
    }

    public String getClinicZone() {
        return clinicZone.getId();
    }

    /** When, in the clinic's time zone, for the project's one date format (#{when.dayTime(...)}). */
    public ZonedDateTime inClinicZone(Instant instant) {
        return instant.atZone(clinicZone);
    }

    /** The same instant for a time element's datetime attribute. */
    public String isoWhen(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(clinicZone));
    }
}
