package io.reload.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs a person in through Jakarta Security; used by the sign-in and registration pages. */
@ApplicationScoped
class SignIn {

    @Inject
    SecurityContext securityContext;

    AuthenticationStatus signIn(
            HttpServletRequest request, HttpServletResponse response, String email, String password) {
        // A new session id at sign-in, so an id planted before it is worth nothing (ASVS 7.2.4).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // a new authentication, even when the session already holds a caller
        return securityContext.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                email.strip().toLowerCase(java.util.Locale.ROOT), password)));
    }
}
