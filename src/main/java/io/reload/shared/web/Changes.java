package io.reload.shared.web;

import io.reload.shared.domain.BusinessException;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * How a backing bean's button makes a change through a service: the change is either refused
 * (the refusal is shown, see {@link Refusals}, and the page stays) or done (its message shown
 * on the page that follows the redirect: POST, redirect, GET). The one place that catches a
 * service's {@link BusinessException} for a button.
 */
public final class Changes {

    /** What a page does with a refusal when showing it on a form is not enough (e.g. it redirects). */
    @FunctionalInterface
    public interface OnRefusal {
        void handle(BusinessException refusal) throws IOException;
    }

    private Changes() {}

    /** Makes one change; a refusal is shown on the form (next to its field), and false says nothing changed. */
    public static boolean changed(String formId, Runnable change) {
        return made(formId, asSupplier(change)).isPresent();
    }

    /** The same for a change that returns what it made (never null), e.g. the id of a new plan. */
    public static <T> Optional<T> made(String formId, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (BusinessException refusal) {
            PageTransaction.renewIfRolledBack();
            Refusals.show(formId, refusal);
            return Optional.empty();
        }
    }

    /** Makes one change; a refusal is shown next to the input of that client id, or at the top when null. */
    public static boolean changedAt(String clientId, Runnable change) {
        return madeAt(clientId, asSupplier(change)).isPresent();
    }

    /** The same for a change that returns what it made (never null). */
    public static <T> Optional<T> madeAt(String clientId, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (BusinessException refusal) {
            PageTransaction.renewIfRolledBack();
            Refusals.showAt(clientId, refusal);
            return Optional.empty();
        }
    }

    /** Makes one change; the page handles a refusal itself, and false says nothing changed. */
    public static boolean changed(Runnable change, OnRefusal onRefusal) throws IOException {
        return made(asSupplier(change), onRefusal).isPresent();
    }

    /** The same for a change that returns what it made (never null). */
    public static <T> Optional<T> made(Supplier<T> change, OnRefusal onRefusal) throws IOException {
        try {
            return Optional.of(change.get());
        } catch (BusinessException refusal) {
            PageTransaction.renewIfRolledBack();
            onRefusal.handle(refusal);
            return Optional.empty();
        }
    }

    /** After a change: says it is done (the message key and its parameters) on the page shown next. */
    public static void done(String messageKey, String page, Object... parameters) throws IOException {
        Messages.addFlashGlobalInfo(messageKey, parameters);
        Faces.redirect(page);
    }

    /** A refusal that sends the reader to another page, saying why there. */
    public static void refusedTo(String page, BusinessException refusal) throws IOException {
        Messages.addFlashGlobalError(refusal.getMessageKey(), refusal.getParameters());
        Faces.redirect(page);
    }

    private static Supplier<Boolean> asSupplier(Runnable change) {
        return () -> {
            change.run();
            return Boolean.TRUE;
        };
    }
}
