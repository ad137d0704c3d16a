package io.reload.protocol.web;

import io.reload.protocol.service.CopyNames;
import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Names a copy "Copy of …" ("template.copyName") in the copy's language. */
@ApplicationScoped
public class CopyNamesFromBundle implements CopyNames {

    @Override
    public String copyOf(String originalName, Locale language) {
        return Texts.format(language, "template.copyName", originalName);
    }
}
