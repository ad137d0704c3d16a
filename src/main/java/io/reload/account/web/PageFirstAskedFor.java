package io.reload.account.web;

import io.reload.shared.security.SessionAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * The page an anonymous visitor asked for before being sent to sign in: the portal's
 * authentication mechanism keeps its address in the session; sign-in reads it here and
 * redirects to it after success (an ordinary request, where everything works).
 */
final class PageFirstAskedFor {

    private PageFirstAskedFor() {}

    /** The path and query of that page inside this application, if there is one. */
    static Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SessionAuthenticationMechanism.FIRST_ASKED_FOR);
        if (!(saved instanceof String address)) {
            return Optional.empty();
        }
        try {
            return insideThisApplication(URI.create(address), request.getContextPath());
        } catch (IllegalArgumentException unreadable) {
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
