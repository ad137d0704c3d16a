package io.reload.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Optional;

/**
 * The page an anonymous visitor asked for before being sent to sign in.
 *
 * <p>Jakarta Security (Soteria in Payara) keeps that request in the session and, after
 * sign-in, "restores" it on the next request. On that restored request Payara does not pass
 * the caller to EJBs (they answer "not authorized", like payara/Payara#4734). So sign-in reads
 * the address here, signs in as a new authentication (which drops the saved request) and
 * redirects to the address itself: an ordinary request, where everything works.
 *
 * <p>Soteria offers no API for the address, so it is read from its session attribute by name;
 * if that ever changes, people simply land on their start page.
 */
final class PageFirstAskedFor {

    private static final String SOTERIA_SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private PageFirstAskedFor() {
    }

    /** The path and query of that page inside this application, if there is one. */
    static Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SOTERIA_SAVED_REQUEST);
        if (saved == null) {
            return Optional.empty();
        }
        try {
            Method fullUrl = saved.getClass().getMethod("getFullRequestURL");
            return insideThisApplication(URI.create((String) fullUrl.invoke(saved)), request.getContextPath());
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Only a path of this application, never another site (no open redirect). */
    static Optional<String> insideThisApplication(URI address, String contextPath) {
        String path = address.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
            return Optional.empty();
        }
        String withinApp = path.substring(contextPath.length() + 1);
        return Optional.of(address.getRawQuery() == null ? withinApp : withinApp + "?" + address.getRawQuery());
    }
}
