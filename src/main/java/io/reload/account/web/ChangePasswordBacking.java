package io.reload.account.web;

import io.reload.account.service.PasswordChange;
import io.reload.account.service.PasswordChangeService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.SessionAuthenticationMechanism;
import io.reload.shared.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** Anyone signed in changes their password; their other sessions end, this one goes on. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    PasswordChangeService passwords;

    @Valid
    private final PasswordChange change = new PasswordChange();

    public void change() throws IOException {
        long sessionVersion;
        try {
            sessionVersion = passwords.changeMyPassword(change);
        } catch (BusinessException refusal) {
            Refusals.show("changePassword", refusal);
            return;
        }
        SessionAuthenticationMechanism.keepSession(Faces.getRequest(), sessionVersion);
        Messages.addFlashGlobalInfo("password.changed");
        Faces.redirect("account/password.xhtml");
    }

    /** Sent here at the first sign-in to replace a password set at installation. */
    public boolean isMustChange() {
        return SessionAuthenticationMechanism.mustChangePassword(Faces.getRequest());
    }

    public PasswordChange getChange() {
        return change;
    }
}
