package io.reload.account.web;

import io.reload.shared.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends a signed-in person to the start page of their role.
 * Asks the request, not SecurityContext: Payara's SecurityContext.isCallerInRole is false on
 * the first request after sign-in (payara/Payara#4734).
 */
@Named
@RequestScoped
public class StartPageBacking {

    @Inject
    HttpServletRequest request;

    public String goToStartPage() {
        if (request.isUserInRole(Roles.STAFF)) {
            return "/staff/index?faces-redirect=true";
        }
        if (request.isUserInRole(Roles.THERAPIST)) {
            return "/therapist/index?faces-redirect=true";
        }
        return "/client/index?faces-redirect=true";
    }
}
