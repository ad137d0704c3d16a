package io.reload.protocol.web;

import io.reload.protocol.service.CopyNames;
import io.reload.shared.text.ReaderLocale;
import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Names a copy "Copy of …" in the language of whoever copies it. */
@ApplicationScoped
public class CopyNamesInReadersLanguage implements CopyNames {

    @Inject
    ReaderLocale reader;

    @Override
    public String copyOf(String originalName) {
        return Texts.format(reader.get(), "template.copyName", originalName);
    }
}
