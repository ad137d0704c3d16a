package io.reload.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * A GET whose view parameters fail (a required id missing, {@code id=abc}, a date that is
 * none) asks for a page that does not exist: the 404 page, not the page half-rendered with
 * nulls. On a GET the view parameters are the only inputs, so a failed validation of a
 * non-postback request can only be theirs. Postbacks keep their messages next to the fields.
 */
public class BadViewParametersAreNotFound implements PhaseListener {

    private static final Logger LOG = Logger.getLogger(BadViewParametersAreNotFound.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        LOG.warning(() -> "404 for " + external.getRequestServletPath() + ": bad view parameters "
                + external.getRequestParameterMap().keySet());
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before validation
    }
}
