package io.reload.account.service;

import io.reload.account.domain.AcceptablePassword;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/** A signed-in person's new password, with the current one to prove it is them. */
public class PasswordChange implements Serializable {

    @NotBlank(message = "{password.current.required}")
    private String currentPassword;

    @NotBlank(message = "{account.password.required}")
    @AcceptablePassword
    private String newPassword;

    public PasswordChange() {}

    public PasswordChange(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
