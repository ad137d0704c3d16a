package io.reload.shared.web;

import io.reload.shared.domain.BusinessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A refusal is not an error: what {@link ErrorStatus} knows becomes its status page (404 for
 * an unknown or someone else's id, 503 while the database is away) with one WARNING line in
 * the log and no stack trace. Everything else goes on to the wrapped handlers (the expired
 * view's reload, then the 500 page).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());
    /** Seconds after which a person may try again while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "60";

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            Optional<ErrorStatus> status = ErrorStatus.of(error);
            if (status.isPresent() && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                send(context, status.get(), error);
            }
        }
        getWrapped().handle();
    }

    private static void send(FacesContext context, ErrorStatus status, Throwable error) {
        ExternalContext external = context.getExternalContext();
        LOG.warning(() -> status.code() + " for " + external.getRequestServletPath() + ": " + reason(error));
        if (context.getResponseComplete()) {
            return; // a second failure of the same request: the first one answers
        }
        PageTransaction.renewIfRolledBack(); // the error page renders in a transaction of its own
        try {
            external.responseReset();
            if (status == ErrorStatus.UNAVAILABLE) {
                external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            external.responseSendError(status.code(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The message key of a refusal, else the innermost cause's class and message. */
    private static String reason(Throwable error) {
        Throwable innermost = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return refusal.getMessageKey();
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    /** Registered in faces-config.xml, after OmniFaces' handlers so it sees the errors first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
