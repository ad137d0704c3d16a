package io.reload.protocol.web;

import io.reload.shared.web.Changes;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the protocol-template pages have in common: a change either is refused (shown on its
 * form, the page stays) or is done (its message shown on the page that follows the redirect).
 */
final class TemplatePages {

    static final String MY_PROTOCOLS = "therapist/templates.xhtml";

    private TemplatePages() {}

    /** Makes one change; a refusal is shown on the form, and false says nothing changed. */
    static boolean changed(String formId, Runnable change) {
        return Changes.changed(formId, change);
    }

    /** The same for a change that returns what it made, e.g. the id of a copy. */
    static <T> Optional<T> made(String formId, Supplier<T> change) {
        return Changes.made(formId, change);
    }

    /** After a change: says it is done on the page shown next (POST, redirect, GET). */
    static void done(String messageKey, String page) throws IOException {
        Changes.done(messageKey, page);
    }

    /**
     * Reads what a page shows. What cannot be shown (deleted meanwhile, or not mine) sends the
     * reader back to My protocols, saying why; then it is null and the page is not rendered.
     */
    static <T> T shown(Supplier<T> read) throws IOException {
        return Changes.made(read, refusal -> Changes.refusedTo(MY_PROTOCOLS, refusal))
                .orElse(null);
    }

    /** e.g. page("phase", 12) is "therapist/phase.xhtml?id=12". */
    static String page(String name, long id) {
        return "therapist/" + name + ".xhtml?id=" + id;
    }
}
