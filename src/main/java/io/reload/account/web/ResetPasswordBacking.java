package io.reload.account.web;

import io.reload.account.service.NewPassword;
import io.reload.account.service.PasswordResetService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * The page a reset link opens: a link that no longer works (used, expired, unknown) says so at
 * once, instead of a form; a working one takes the new password.
 */
@ViewPage
public class ResetPasswordBacking implements Serializable {

    @Inject
    PasswordResetService resets;

    private String token;

    /** The message key of why the link does not work, or null while it does. */
    private String linkRefusal;

    @Valid
    private final NewPassword newPassword = new NewPassword();

    public void check() {
        try {
            resets.checkLink(token);
        } catch (BusinessException refusal) {
            linkRefusal = refusal.getMessageKey();
        }
    }

    public void reset() throws IOException {
        try {
            resets.resetPassword(token, newPassword);
        } catch (BusinessException refusal) {
            Refusals.show("resetPassword", refusal);
            return;
        }
        Messages.addFlashGlobalInfo("reset.done");
        Faces.redirect("login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getLinkRefusal() {
        return linkRefusal;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
