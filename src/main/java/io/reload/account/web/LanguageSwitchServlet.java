package io.reload.account.web;

import io.reload.account.service.ProfileService;
import io.reload.shared.text.Languages;
import io.reload.shared.web.SessionLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The language switcher in the header (layout.xhtml): keeps the choice, for a signed-in person
 * in their account (every later sign-in and their mails), for anyone else in the session, then
 * shows the page it was pressed on again. A plain POST like {@link SignOutServlet}, so it needs
 * no script (the Content-Security-Policy) and works on every page, error pages and expired views
 * too; it is refused from another site the same way.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    static final String LANGUAGE = "language";
    static final String BACK = "back";

    @Inject
    ProfileService profiles;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = request.getParameter(LANGUAGE);
        if (!SignOutServlet.fromOurOwnPage(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!Languages.isSupported(tag)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST); // only a made-up request sends another
            return;
        }
        if (request.getUserPrincipal() != null) {
            profiles.chooseLanguage(tag);
            SessionLanguage.rememberAccountChoice(
                    request.getSession(true), request.getUserPrincipal().getName(), tag);
        }
        SessionLanguage.rememberVisitorChoice(request.getSession(true), tag);
        response.sendRedirect(request.getContextPath() + "/" + backTo(request));
    }

    /** The page it was pressed on, only ever a page of the portal (no open redirect); else the home page. */
    private static String backTo(HttpServletRequest request) {
        String back = request.getParameter(BACK);
        if (back == null || back.isBlank()) {
            return "";
        }
        try {
            return PageFirstAskedFor.insideThisApplication(URI.create(back), request.getContextPath())
                    .orElse("");
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }
}
