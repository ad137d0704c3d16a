package io.reload.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import io.reload.shared.text.Texts;
import org.omnifaces.util.Messages;

import java.util.Locale;

/**
 * All text on pages comes from the "messages" bundle. Teaches OmniFaces' Messages utility
 * to treat its message argument as a key of that bundle, so backing beans and the
 * refusal handling only ever pass keys.
 */
@ApplicationScoped
public class MessageBundle {

    void registerResolver(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Messages.setResolver((key, parameters) -> Texts.format(currentLocale(), key, parameters));
    }

    private static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
