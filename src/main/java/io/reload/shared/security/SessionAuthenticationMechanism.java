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
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
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
 *
 * <p>A session also keeps the account's session version from its sign-in. On every request it
 * is compared with the database ({@link SessionVersions}): when the password has changed since,
 * or staff switched the account off, the session ends there and the person is asked to sign in
 * again. The database, not a registry in memory, so it holds with any number of nodes.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The address an anonymous visitor asked for before being sent to sign in (a String). */
    public static final String FIRST_ASKED_FOR = SessionAuthenticationMechanism.class.getName() + ".firstAskedFor";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLER = SessionAuthenticationMechanism.class.getName() + ".caller";
    static final String GROUPS = SessionAuthenticationMechanism.class.getName() + ".groups";
    static final String SIGNED_IN_AT = SessionAuthenticationMechanism.class.getName() + ".signedInAt";
    static final String SESSION_VERSION = SessionAuthenticationMechanism.class.getName() + ".sessionVersion";
    /** The signed-in person must choose their own password before any other page (a Boolean). */
    static final String MUST_CHANGE_PASSWORD = SessionAuthenticationMechanism.class.getName() + ".mustChangePassword";

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** What a person who must change their password may still reach: that page, its resources, sign-out, the language switcher. */
    private static final List<String> OPEN_WHILE_CHANGING =
            List.of(PASSWORD_PAGE, "/jakarta.faces.resource/", "/resources/", "/sign-out", "/language", "/favicon");
    /** Where a session that ended this way is sent: the sign-in page says why. */
    static final String SESSION_ENDED_PAGE = LOGIN_PAGE + "?sessionEnded=true";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Clock clock;

    @Inject
    SessionVersions sessionVersions;

    /**
     * After the signed-in person changed their own password: this session goes on under the
     * account's new version (and a new session id), while every other session of the account ends.
     */
    public static void keepSession(HttpServletRequest request, long newSessionVersion) {
        HttpSession session = request.getSession(false);
        try {
            if (session != null && session.getAttribute(CALLER) != null) {
                request.changeSessionId();
                session.setAttribute(SESSION_VERSION, newSessionVersion);
                session.removeAttribute(MUST_CHANGE_PASSWORD);
            }
        } catch (IllegalStateException endedMeanwhile) {
            // another request of this session arrived after the change and ended it: nothing left to keep
        }
    }

    /** Whether the signed-in person must still replace the password they were given (the first staff member). */
    public static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        boolean ended = false;
        if (caller instanceof String name && session.getAttribute(GROUPS) instanceof Set<?> groups) {
            boolean current = stillCurrent(session, name);
            if (current
                    && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                    && !SessionLimits.isOver(signedInAt, clock.instant())) {
                if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD)) && !openWhileChanging(request)) {
                    return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return context.notifyContainerAboutLogin(name, toStrings(groups));
            }
            session.invalidate();
            // the account changed (password, switched off): the sign-in page says so; past the
            // absolute limit it is a plain sign-in, as after an idle timeout
            ended = !current;
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession(true).setAttribute(FIRST_ASKED_FOR, addressOf(request));
            }
            // a sign-in still waiting for its second factor goes back to that step (see PendingSignIn)
            return context.redirect(request.getContextPath()
                    + PendingSignIn.stepPage(request).orElse(ended ? SESSION_ENDED_PAGE : LOGIN_PAGE));
        }
        return context.doNothing();
    }

    /** Whether the account may still sign in and has the version this session signed in under. */
    private boolean stillCurrent(HttpSession session, String caller) {
        OptionalLong current = sessionVersions.of(caller);
        return current.isPresent()
                && session.getAttribute(SESSION_VERSION) instanceof Long kept
                && kept == current.getAsLong();
    }

    private static boolean openWhileChanging(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_WHILE_CHANGING.stream().anyMatch(path::startsWith);
    }

    private static String addressOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    /**
     * Valid: the caller, their role and the account's session version are kept for the session,
     * which gets the role's idle timeout and its sign-in time for the absolute limit. Either way
     * the container is told the result.
     */
    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            String caller = result.getCallerPrincipal().getName();
            OptionalLong version = sessionVersions.of(caller);
            if (version.isEmpty()) {
                // switched off between the password check and now
                return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
            }
            HttpSession session = request.getSession(true);
            Set<String> groups = new HashSet<>(result.getCallerGroups());
            session.removeAttribute(FIRST_ASKED_FOR);
            session.setAttribute(CALLER, caller);
            session.setAttribute(GROUPS, groups);
            session.setAttribute(SESSION_VERSION, version.getAsLong());
            session.setAttribute(SIGNED_IN_AT, clock.instant());
            session.setAttribute(MUST_CHANGE_PASSWORD, sessionVersions.mustChangePassword(caller));
            session.setMaxInactiveInterval(
                    (int) SessionLimits.idleTimeoutFor(groups).toSeconds());
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
            session.removeAttribute(GROUPS);
            session.removeAttribute(SIGNED_IN_AT);
            session.removeAttribute(SESSION_VERSION);
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> toStrings(Set<?> groups) {
        Set<String> names = new HashSet<>();
        groups.forEach(group -> names.add(String.valueOf(group)));
        return names;
    }
}
