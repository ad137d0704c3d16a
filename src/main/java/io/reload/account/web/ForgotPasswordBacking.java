package io.reload.account.web;

import io.reload.account.service.PasswordResetService;
import io.reload.shared.security.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Forgot your password?": the same answer for every email, whether it has an account or not,
 * and whether or not it has asked too often ({@link ResetLinkThrottle}).
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordResetService resets;

    @Inject
    ResetLinkThrottle throttle;

    @Inject
    TrustedProxies proxies;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    private String email;

    public void send() throws IOException {
        // A forged or cut-short POST may lack the field altogether; Faces then validates nothing.
        if (email == null || email.isBlank()) {
            Messages.addGlobalError("account.email.required");
            return;
        }
        // Asked too often: no mail, but the same answer, which tells nothing either way.
        if (throttle.allow(email, proxies.clientAddress(Faces.getRequest()))) {
            resets.sendResetLink(email);
        }
        Messages.addFlashGlobalInfo("forgot.sent", email.strip());
        Faces.redirect("forgot-password.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
