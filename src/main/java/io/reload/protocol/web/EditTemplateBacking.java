package io.reload.protocol.web;

import static io.reload.protocol.web.TemplatePages.changed;
import static io.reload.protocol.web.TemplatePages.done;
import static io.reload.protocol.web.TemplatePages.page;
import static io.reload.protocol.web.TemplatePages.shown;

import io.reload.protocol.service.PhaseForm;
import io.reload.protocol.service.TemplateService;
import io.reload.protocol.service.TemplateView;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;

/** One protocol: its name and rule numbers, its phases in order; the owner edits, others read. */
@ViewPage
public class EditTemplateBacking implements Serializable {

    @Inject
    TemplateService templates;

    private Long templateId;
    private TemplateView template;
    private final PhaseForm newPhase = new PhaseForm();

    public void load() throws IOException {
        template = shown(() -> templates.template(templateId));
    }

    public void save() throws IOException {
        if (changed("template", () -> templates.saveTemplate(templateId, template.getForm()))) {
            showAgain("template.saved");
        }
    }

    public void addPhase() throws IOException {
        if (changed("addPhase", () -> templates.addPhase(templateId, newPhase))) {
            showAgain("template.phase.added");
        }
    }

    public void movePhase(long phaseId, TemplateService.Move move) throws IOException {
        if (changed("phases", () -> templates.movePhase(phaseId, move))) {
            showAgain("template.phase.moved");
        }
    }

    public void removePhase(long phaseId) throws IOException {
        if (changed("phases", () -> templates.removePhase(phaseId))) {
            showAgain("template.phase.removed");
        }
    }

    public void delete() throws IOException {
        if (changed("deleteTemplate", () -> templates.deleteTemplate(templateId))) {
            done("template.deleted", TemplatePages.MY_PROTOCOLS);
        }
    }

    private void showAgain(String messageKey) throws IOException {
        done(messageKey, page("template", templateId));
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public TemplateView getTemplate() {
        return template;
    }

    public PhaseForm getNewPhase() {
        return newPhase;
    }
}
