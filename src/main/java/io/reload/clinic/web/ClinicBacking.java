package io.reload.clinic.web;

import io.reload.clinic.service.ClinicProfile;
import io.reload.clinic.service.ClinicService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The clinic's name and time zone for every page's header and footer: #{clinic.name}. */
@Named("clinic")
@RequestScoped
public class ClinicBacking {

    @Inject
    ClinicService clinicService;

    private ClinicProfile profile;

    private ClinicProfile profile() {
        if (profile == null) {
            profile = clinicService.profile();
        }
        return profile;
    }

    public String getName() {
        return profile().getName();
    }

    public String getTimeZone() {
        return profile().getTimeZone().getId();
    }
}
