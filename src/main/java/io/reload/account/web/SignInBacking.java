package io.reload.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import io.reload.account.domain.SignInThrottle;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SignIn signIn;

    @Inject
    SignInThrottle throttle;

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
        List<String> keys = List.of("email:" + email.strip().toLowerCase(Locale.ROOT), "address:" + Faces.getRemoteAddr());
        Duration wait = keys.stream().map(throttle::waitFor).max(Duration::compareTo).orElse(Duration.ZERO);
        if (!wait.isZero()) {
            Messages.addGlobalError("signIn.throttled", wait.toMinutes() + 1);
            return;
        }
        String next = PageFirstAskedFor.of(Faces.getRequest()).orElse("start.xhtml");
        switch (signIn.signIn(Faces.getRequest(), Faces.getResponse(), email, password)) {
            case SUCCESS -> {
                keys.forEach(throttle::succeeded);
                Faces.redirect(secondFactorGate.afterPassword(Faces.getRequest(), email.strip(), next));
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                keys.forEach(throttle::failed);
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
