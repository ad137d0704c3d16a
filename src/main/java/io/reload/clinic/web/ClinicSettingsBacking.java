package io.reload.clinic.web;

import io.reload.clinic.service.ClinicService;
import io.reload.clinic.service.ClinicSettingsForm;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
        try {
            clinic.updateSettings(getForm());
        } catch (BusinessException refusal) {
            Refusals.show("settings", refusal);
            return;
        }
        Messages.addFlashGlobalInfo("settings.saved");
        Faces.redirect("staff/settings.xhtml");
    }
}
