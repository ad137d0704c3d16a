package io.reload.shared.web;

import io.reload.shared.domain.BusinessException;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal where the person will look for it: next to the field it is
 * about (input ids are named after the fields; of a nested field such as "dosage.maxMinutes"
 * the last part), or at the top of the form when the page has no such field.
 */
public final class Refusals {

    private Refusals() {
    }

    public static void show(String formId, BusinessException refusal) {
        String key = refusal.getMessageKey();
        Object[] parameters = refusal.getParameters();
        refusal.getField()
                .map(field -> formId + ":" + inputId(field))
                .filter(clientId -> Components.findComponent(clientId) != null)
                .ifPresentOrElse(
                        clientId -> Messages.addError(clientId, key, parameters),
                        () -> Messages.addGlobalError(key, parameters));
        org.omnifaces.util.Faces.validationFailed();
    }

    /** A nested field ("dosage.maxMinutes") has the input of its last part ("maxMinutes"). */
    static String inputId(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
