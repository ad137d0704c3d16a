package io.reload.shared.web;

import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Messages;

/**
 * All text on pages comes from the "messages" bundle. Teaches OmniFaces' Messages utility
 * to treat its message argument as a key of that bundle, so backing beans and the
 * refusal handling only ever pass keys; the text is in the page's language ({@link PageLanguage}).
 */
@ApplicationScoped
public class MessageBundle {

    void registerResolver(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Messages.setResolver((key, parameters) -> Texts.format(PageLanguage.current(), key, parameters));
    }
}
