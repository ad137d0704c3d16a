package io.reload.account.web;

import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * The Sign out button in the header: ends the authentication and the session, then shows the
 * sign-in page. A plain POST rather than a Faces form, so it works on every page, also on the
 * error pages (their view lives under WEB-INF, where no form can post back to) and on a page
 * whose view has expired.
 *
 * <p>Without a Faces view state to prove the POST came from our own page, the browser's
 * Fetch Metadata or Origin header does (OWASP CSRF cheat sheet, "verifying origin with
 * standard headers"): another site cannot sign a person out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    SecurityLog securityLog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!fromOurOwnPage(request)) {
            securityLog.record(SecurityEventKind.ACCESS_REFUSED, null, "sign-out from another site");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getUserPrincipal() != null) {
            securityLog.record(
                    SecurityEventKind.SIGNED_OUT, request.getUserPrincipal().getName(), null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }

    static boolean fromOurOwnPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        return origin != null && sameHost(origin, request.getHeader("Host"));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost != null && originHost.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
