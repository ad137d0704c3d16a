package io.reload.clinic.web;

import io.reload.clinic.service.ClinicService;
import io.reload.clinic.service.ClinicSettingsForm;
import io.reload.shared.web.Changes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.IOException;

/** Staff edit the clinic's name, time zone and booking rules. */
@Named
@RequestScoped
public class ClinicSettingsBacking {

    @Inject
    ClinicService clinic;

    @Valid
    private ClinicSettingsForm form;

    public ClinicSettingsForm getForm() {
        if (form == null) {
            form = clinic.settingsForEditing();
        }
        return form;
    }

    public void save() throws IOException {
        if (Changes.changed("settings", () -> clinic.updateSettings(getForm()))) {
            Changes.done("settings.saved", "staff/settings.xhtml");
        }
    }
}
