package io.reload.account.web;

import io.reload.account.service.PasswordChange;
import io.reload.account.service.PasswordChangeService;
import io.reload.shared.security.SessionAuthenticationMechanism;
import io.reload.shared.web.Changes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** Anyone signed in changes their password; their other sessions end, this one goes on. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    PasswordChangeService passwords;

    @Valid
    private final PasswordChange change = new PasswordChange();

    public void change() throws IOException {
        Optional<Long> sessionVersion = Changes.made("changePassword", () -> passwords.changeMyPassword(change));
        if (sessionVersion.isPresent()) {
            SessionAuthenticationMechanism.keepSession(Faces.getRequest(), sessionVersion.get());
            Changes.done("password.changed", "account/password.xhtml");
        }
    }

    /** Sent here at the first sign-in to replace a password set at installation. */
    public boolean isMustChange() {
        return SessionAuthenticationMechanism.mustChangePassword(Faces.getRequest());
    }

    public PasswordChange getChange() {
        return change;
    }
}
