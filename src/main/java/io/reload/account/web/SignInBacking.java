package io.reload.account.web;

import io.reload.account.service.SignInAttempts;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.security.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SignIn signIn;

    @Inject
    SignInAttempts attempts;

    @Inject
    TrustedProxies proxies;

    @Inject
    SecurityLog securityLog;

    @Inject
    SecondFactorGate secondFactorGate;

    @NotBlank(message = "{signIn.email.required}")
    private String email;

    @NotBlank(message = "{signIn.password.required}")
    private String password;

    public void signIn() throws IOException {
        // A forged or cut-short POST may lack a field altogether; Faces then validates nothing.
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            Messages.addGlobalError("signIn.incomplete");
            return;
        }
        // the connection's address, or the one a trusted proxy names: a made-up X-Forwarded-For resets nothing
        String address = proxies.clientAddress(Faces.getRequest());
        // counted before the password is checked, so guesses sent at once cannot outrun the count
        Duration wait = attempts.admit(email, address);
        if (!wait.isZero()) {
            securityLog.record(SecurityEventKind.SIGN_IN_THROTTLED, email, null);
            Messages.addGlobalError("signIn.throttled", wait.toMinutes() + 1);
            return;
        }
        String next = PageFirstAskedFor.of(Faces.getRequest()).orElse("start.xhtml");
        switch (signIn.signIn(Faces.getRequest(), Faces.getResponse(), email, password)) {
            case SUCCESS -> {
                attempts.succeeded(email, address);
                String after = secondFactorGate.afterPassword(Faces.getRequest(), email.strip(), next);
                // signed in, or with the second factor still to come (its page records how that ends)
                securityLog.record(
                        SecurityEventKind.SIGN_IN_SUCCEEDED,
                        email,
                        secondFactorGate.pendingEmail(Faces.getRequest()).isPresent()
                                ? "password right, second factor next"
                                : null);
                Faces.redirect(after);
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                securityLog.record(SecurityEventKind.SIGN_IN_FAILED, email, null);
                Messages.addGlobalError("signIn.failed");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
