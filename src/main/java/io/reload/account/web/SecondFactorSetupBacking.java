package io.reload.account.web;

import io.reload.account.service.SecondFactorService;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.security.Roles;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Setting up the second factor: staff and therapists at their first sign-in (not signed in
 * yet), or a signed-in client who turns it on. Shows a new secret as a QR code and as text;
 * a code from the app confirms it; then the ten recovery codes, once, and Continue.
 * The secret stays in this view (server side) until confirmed: reloading the page makes a new one.
 */
@ViewPage
public class SecondFactorSetupBacking implements Serializable {

    static final String CLIENT_PAGE = "client/second-factor.xhtml";

    @Inject
    SecondFactorService secondFactors;

    @Inject
    SecondFactorGate gate;

    @Inject
    ClinicService clinic;

    /** The email of the sign-in being completed; null for a signed-in client. */
    private String signingIn;

    private String email;
    private String secret;
    private String qrCode;
    private List<String> recoveryCodes;

    @NotBlank(message = "{secondFactor.code.required}")
    private String code;

    public void load() throws IOException {
        signingIn = gate.pendingEmail(Faces.getRequest()).orElse(null);
        if (signingIn != null) {
            email = signingIn;
        } else if (Faces.getRequest().isUserInRole(Roles.CLIENT)) {
            if (secondFactors.isOwnOn()) {
                Faces.redirect(CLIENT_PAGE);
                return;
            }
            email = Faces.getRemoteUser();
        } else {
            // signed out: sign in first; staff and therapists signed in already have one
            Faces.redirect(Faces.getRemoteUser() == null ? "login.xhtml" : "start.xhtml");
            return;
        }
        secret = secondFactors.newSecret();
        qrCode = AuthenticatorQrCode.svgDataUri(
                AuthenticatorQrCode.keyUri(clinic.profile().getName(), email, secret));
    }

    public void confirm() {
        Changes.made(
                        "enrol",
                        () -> signingIn != null
                                ? secondFactors.enrol(signingIn, secret, code)
                                : secondFactors.enrolOwn(secret, code))
                .ifPresent(codes -> recoveryCodes = codes);
    }

    /** After the recovery codes: signed in at last, or back to the client's page. */
    public void continueOn() throws IOException {
        if (signingIn != null) {
            Faces.redirect(gate.complete(Faces.getRequest()));
        } else {
            Messages.addFlashGlobalInfo("secondFactor.turnedOn");
            Faces.redirect(CLIENT_PAGE);
        }
    }

    public boolean isSigningIn() {
        return signingIn != null;
    }

    public boolean isEnrolled() {
        return recoveryCodes != null;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getSetupKey() {
        return secret == null ? null : AuthenticatorQrCode.grouped(secret);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
