package io.reload.clinic.web;

import io.reload.clinic.service.ClinicService;
import io.reload.clinic.service.ClinicSettingsForm;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;

/** Staff edit the clinic's name, time zone and booking rules. */
@ViewPage
public class ClinicSettingsBacking implements Serializable {

    @Inject
    ClinicService clinic;

    @Valid
    private ClinicSettingsForm form;

    public void load() {
        form = clinic.settingsForEditing();
    }

    public ClinicSettingsForm getForm() {
        return form;
    }

    public void save() throws IOException {
        if (Changes.changed("settings", () -> clinic.updateSettings(getForm()))) {
            Changes.done("settings.saved", "staff/settings.xhtml");
        }
    }
}
