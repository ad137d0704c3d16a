package io.reload.account.web;

import io.reload.account.service.NewPassword;
import io.reload.account.service.PasswordResetService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

    public void check() throws IOException {
        Changes.changed(() -> resets.checkLink(token), refusal -> linkRefusal = refusal.getMessageKey());
    }

    public void reset() throws IOException {
        if (Changes.changed("resetPassword", () -> resets.resetPassword(token, newPassword))) {
            Changes.done("reset.done", "login.xhtml");
        }
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
