package io.reload.account.web;

import io.reload.account.service.PersonSummary;
import io.reload.account.service.ProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;

/** The signed-in person, for greetings and the header: #{me.fullName}, #{me.headerName}. */
@Named("me")
@RequestScoped
public class MeBacking {

    /** The name shown in the header, kept with the session: read once after sign-in, not on every page. */
    static final String HEADER_NAME = MeBacking.class.getName() + ".headerName";

    /** Whose name it is, so a session signed in again as someone else never shows the earlier person. */
    record HeaderName(String email, String fullName) implements Serializable {}

    @Inject
    ProfileService profiles;

    @Inject
    HttpServletRequest request;

    private PersonSummary me;

    public String getFullName() {
        return me().getFullName();
    }

    /** The signed-in person's account id, e.g. so the Team page offers no Deactivate on their own row. */
    public long getId() {
        return me().getId();
    }

    private PersonSummary me() {
        if (me == null) {
            me = profiles.me();
        }
        return me;
    }

    /**
     * The signed-in person's full name for the header of every page. Read from the database only
     * once a session; should that fail (the header of an error page, the database away), the
     * sign-in email stands in, so the header never breaks a page.
     */
    public String getHeaderName() {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HEADER_NAME) instanceof HeaderName kept
                && kept.email().equals(caller.getName())) {
            return kept.fullName();
        }
        try {
            String name = getFullName();
            if (session != null) {
                session.setAttribute(HEADER_NAME, new HeaderName(caller.getName(), name));
            }
            return name;
        } catch (RuntimeException unreadable) {
            return caller.getName();
        }
    }
}
