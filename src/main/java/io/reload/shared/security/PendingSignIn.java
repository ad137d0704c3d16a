package io.reload.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * A sign-in whose password was right but which needs one more step (a second factor) before
 * the person counts as signed in. {@link #hold} takes the caller that
 * {@link SessionAuthenticationMechanism} just kept in the session out again, so no page but
 * the step's own works (protected pages send the person to it); {@link #complete} puts the
 * caller back, with a new session id, and from the next request on they are signed in.
 * Everything lives in the server-side session (serializable, for a cluster).
 */
public final class PendingSignIn {

    static final String HELD_CALLER = PendingSignIn.class.getName() + ".caller";
    static final String HELD_GROUPS = PendingSignIn.class.getName() + ".groups";
    static final String STEP_PAGE = PendingSignIn.class.getName() + ".stepPage";

    private PendingSignIn() {}

    /** Holds the caller signed in on this request until {@link #complete}; stepPage is e.g. "/second-factor.xhtml". */
    public static void hold(HttpServletRequest request, String stepPage) {
        HttpSession session = request.getSession(true);
        session.setAttribute(HELD_CALLER, session.getAttribute(SessionAuthenticationMechanism.CALLER));
        session.setAttribute(HELD_GROUPS, session.getAttribute(SessionAuthenticationMechanism.GROUPS));
        session.setAttribute(STEP_PAGE, stepPage);
        session.removeAttribute(SessionAuthenticationMechanism.CALLER);
        session.removeAttribute(SessionAuthenticationMechanism.GROUPS);
    }

    /** The caller (email) whose sign-in waits for the further step, if one does. */
    public static Optional<String> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(HELD_CALLER) instanceof String caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    /** The page of the further step, for a protected page asked for in between. */
    static Optional<String> stepPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return caller(request).map(caller -> (String) session.getAttribute(STEP_PAGE));
    }

    /** The further step is done: the caller is signed in from the next request on, under a new session id. */
    public static void complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || caller(request).isEmpty()) {
            return;
        }
        session.setAttribute(SessionAuthenticationMechanism.CALLER, session.getAttribute(HELD_CALLER));
        session.setAttribute(SessionAuthenticationMechanism.GROUPS, session.getAttribute(HELD_GROUPS));
        forget(request);
        request.changeSessionId();
    }

    /** Drops a held sign-in (it starts over with the password). */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(HELD_CALLER);
            session.removeAttribute(HELD_GROUPS);
            session.removeAttribute(STEP_PAGE);
        }
    }
}
