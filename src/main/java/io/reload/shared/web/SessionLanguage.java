package io.reload.shared.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * The language choices a session remembers, as small Serializable values (sessions may move
 * between nodes): the visitor's choice from the header switcher, and the signed-in account's
 * choice, read from the database once per session and kept with whose it is, so a session
 * signed in again as someone else never uses the earlier person's.
 */
public final class SessionLanguage {

    static final String VISITOR_CHOICE = SessionLanguage.class.getName() + ".visitor";
    static final String ACCOUNT_CHOICE = SessionLanguage.class.getName() + ".account";

    /** An account's choice as the session keeps it; a null tag means "no choice: follow the browser". */
    record AccountChoice(String email, String tag) implements Serializable {}

    private SessionLanguage() {}

    public static void rememberVisitorChoice(HttpSession session, String tag) {
        session.setAttribute(VISITOR_CHOICE, tag);
    }

    public static void rememberAccountChoice(HttpSession session, String email, String tag) {
        session.setAttribute(ACCOUNT_CHOICE, new AccountChoice(email, tag));
    }

    static String visitorChoice(HttpSession session) {
        return session != null && session.getAttribute(VISITOR_CHOICE) instanceof String tag ? tag : null;
    }

    /** The account's choice if this session already read it for that caller. */
    static AccountChoice accountChoice(HttpSession session, String email) {
        return session != null
                        && session.getAttribute(ACCOUNT_CHOICE) instanceof AccountChoice kept
                        && kept.email().equals(email)
                ? kept
                : null;
    }
}
