package io.reload.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The unexpected-error page shows a short reference; the same reference goes into the log
 * with the stack trace, so support can find one from the other. Nothing else of the error
 * reaches the browser.
 */
@Named
@RequestScoped
public class ErrorReferenceBacking {

    private static final Logger LOG = Logger.getLogger(ErrorReferenceBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    private String reference;

    @PostConstruct
    void logTheError() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        reference = HexFormat.of().withUpperCase().formatHex(bytes);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference + ", at " + uri, error);
    }

    public String getReference() {
        return reference;
    }
}
