package io.reload.shared.web;

import io.reload.shared.text.LanguageChoice;
import io.reload.shared.text.Languages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every new view the reader's language ({@link LanguageChoice}), the Faces way: the view
 * root's locale is what #{msg[...]}, OmniFaces' Messages (see {@link MessageBundle}), Faces
 * converters, #{when...} and the page's lang attribute all follow. Registered in faces-config.xml.
 */
public class PageLanguage extends ViewHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageLanguage.class.getName());

    public PageLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    /** The language of the page being rendered, or English outside a page. */
    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Languages.DEFAULT
                : Languages.closestTo(context.getViewRoot().getLocale());
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return super.calculateLocale(context);
        }
        HttpSession session = request.getSession(false);
        return LanguageChoice.of(
                accountChoice(request, session),
                SessionLanguage.visitorChoice(session),
                request.getHeader("Accept-Language"));
    }

    private static String accountChoice(HttpServletRequest request, HttpSession session) {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            return null;
        }
        SessionLanguage.AccountChoice kept = SessionLanguage.accountChoice(session, caller.getName());
        if (kept != null) {
            return kept.tag();
        }
        try {
            String tag = CDI.current()
                    .select(AccountLanguages.class)
                    .get()
                    .ofCaller()
                    .orElse(null);
            if (session != null) {
                SessionLanguage.rememberAccountChoice(session, caller.getName(), tag);
            }
            return tag;
        } catch (RuntimeException unreadable) {
            // the database away (the 503 page) or an error page: the page still renders, in the next choice
            LOG.log(Level.FINE, "Account language of " + caller.getName() + " not read", unreadable);
            return null;
        }
    }
}
