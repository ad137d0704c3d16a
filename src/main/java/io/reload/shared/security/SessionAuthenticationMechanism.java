package io.reload.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.HashSet;
import java.util.Set;

/**
 * Sign-in for the whole portal: the Faces sign-in page hands the email and password to
 * {@code SecurityContext.authenticate}; the identity store checks them against the accounts
 * table; the caller and their role are then kept in the HTTP session and given to the
 * container again on every request.
 *
 * <p>Why not the built-in {@code @CustomFormAuthenticationMechanismDefinition}: its
 * {@code @AutoApplySession} restores the caller from Payara's own security context, which under
 * load sometimes comes back without the groups (payara/Payara#6145): a signed-in person then got
 * an occasional 403 on any page (1 request in 40 with six busy sessions, measured). Keeping the
 * role names in the session ourselves and passing them explicitly avoids that path. (Soteria's
 * {@code @LoginToContinue} relies on that auto-applied session, so the redirect of anonymous
 * visitors to the sign-in page is done here too.)
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The address an anonymous visitor asked for before being sent to sign in (a String). */
    public static final String FIRST_ASKED_FOR = SessionAuthenticationMechanism.class.getName() + ".firstAskedFor";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLER = SessionAuthenticationMechanism.class.getName() + ".caller";
    static final String GROUPS = SessionAuthenticationMechanism.class.getName() + ".groups";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof String name && session.getAttribute(GROUPS) instanceof Set<?> groups) {
            return context.notifyContainerAboutLogin(name, toStrings(groups));
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession(true).setAttribute(FIRST_ASKED_FOR, addressOf(request));
            }
            // a sign-in still waiting for its second factor goes back to that step (see PendingSignIn)
            return context.redirect(request.getContextPath() + PendingSignIn.stepPage(request).orElse(LOGIN_PAGE));
        }
        return context.doNothing();
    }

    private static String addressOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    /** Valid: the caller and their role are kept for the session. Either way the container is told the result. */
    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            HttpSession session = request.getSession(true);
            session.removeAttribute(FIRST_ASKED_FOR);
            session.setAttribute(CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
            session.removeAttribute(GROUPS);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> toStrings(Set<?> groups) {
        Set<String> names = new HashSet<>();
        groups.forEach(group -> names.add(String.valueOf(group)));
        return names;
    }
}
