package io.reload.protocol.web;

import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static io.reload.protocol.web.TemplatePages.done;
import static io.reload.protocol.web.TemplatePages.made;
import static io.reload.protocol.web.TemplatePages.page;

/** A therapist's protocols: the clinic's default and their own, each to open or to copy. */
@Named
@RequestScoped
public class MyProtocolsBacking {

    @Inject
    TemplateService templates;

    private List<TemplateSummary> protocols;

    @PostConstruct
    void load() {
        protocols = templates.myTemplates();
    }

    public void copy(long templateId) throws IOException {
        Optional<Long> copy = made("protocols", () -> templates.copy(templateId));
        if (copy.isPresent()) {
            done("template.copied", page("template", copy.get()));
        }
    }

    public List<TemplateSummary> getProtocols() { return protocols; }
}
