package io.reload.account.web;

import io.reload.shared.text.Languages;
import io.reload.shared.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The header's language switcher: its choices, each named in its own language, and the page to come back to. */
@Named("languageSwitch")
@RequestScoped
public class LanguageSwitchBacking {

    @Inject
    HttpServletRequest request;

    /** One button of the switcher. */
    public static final class Choice {

        private final Locale locale;
        private final boolean current;

        Choice(Locale locale, boolean current) {
            this.locale = locale;
            this.current = current;
        }

        public String getTag() {
            return locale.toLanguageTag();
        }

        /** "English", "Español": a language is named in itself, so whoever cannot read the page finds theirs. */
        public String getName() {
            String name = locale.getDisplayLanguage(locale);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }

        public boolean isCurrent() {
            return current;
        }
    }

    public List<Choice> getChoices() {
        Locale page = PageLanguage.current();
        return Languages.SUPPORTED.stream()
                .map(locale -> new Choice(locale, locale.equals(page)))
                .toList();
    }

    /**
     * The address the browser asked for: on an error page that is the failed page's (the error
     * page itself is a forward to WEB-INF), on a postback the page that posted.
     */
    public String getBack() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return failed; // Servlet 6.0 keeps no query of the failed request
        }
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded) {
            return withQuery(forwarded, request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING));
        }
        return withQuery(request.getRequestURI(), request.getQueryString());
    }

    private static String withQuery(String path, Object query) {
        return query instanceof String text && !text.isBlank() ? path + "?" + text : path;
    }
}
