package io.reload.shared.web;

import io.reload.shared.domain.BusinessException;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal where the person will look for it: next to the field it is
 * about (input ids are named after the fields; of a nested field such as "dosage.maxMinutes"
 * the last part), or at the top of the form when the page has no such field.
 */
public final class Refusals {

    private Refusals() {}

    public static void show(String formId, BusinessException refusal) {
        showAt(refusal.getField().map(field -> formId + ":" + inputId(field)).orElse(null), refusal);
    }

    /** Shows the refusal next to the input of that client id, or at the top when there is none. */
    public static void showAt(String clientId, BusinessException refusal) {
        String key = refusal.getMessageKey();
        Object[] parameters = refusal.getParameters();
        Optional.ofNullable(clientId)
                .filter(Refusals::isOnThePage)
                .ifPresentOrElse(
                        id -> Messages.addError(id, key, parameters), () -> Messages.addGlobalError(key, parameters));
        org.omnifaces.util.Faces.validationFailed();
    }

    /** Whether an input of that client id is on the page, also one in a row of a repeat ("hours:0:until"). */
    private static boolean isOnThePage(String clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().invokeOnComponent(context, clientId, (found, component) -> {});
    }

    /** A nested field ("dosage.maxMinutes") has the input of its last part ("maxMinutes"). */
    static String inputId(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
