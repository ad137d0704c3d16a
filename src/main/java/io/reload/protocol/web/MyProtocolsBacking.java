package io.reload.protocol.web;

import static io.reload.protocol.web.TemplatePages.done;
import static io.reload.protocol.web.TemplatePages.made;
import static io.reload.protocol.web.TemplatePages.page;

import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateSummary;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A therapist's protocols: the clinic's default and their own, each to open or to copy. */
@ViewPage
public class MyProtocolsBacking implements Serializable {

    @Inject
    TemplateService templates;

    private List<TemplateSummary> protocols;

    public void load() {
        protocols = templates.myTemplates();
    }

    public void copy(long templateId) throws IOException {
        Optional<Long> copy = made("protocols", () -> templates.copy(templateId));
        if (copy.isPresent()) {
            done("template.copied", page("template", copy.get()));
        }
    }

    public List<TemplateSummary> getProtocols() {
        return protocols;
    }
}
