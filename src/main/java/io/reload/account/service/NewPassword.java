package io.reload.account.service;

import io.reload.account.domain.AcceptablePassword;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/** The password chosen through a "set a new password" link. */
public class NewPassword implements Serializable {

    @NotBlank(message = "{account.password.required}")
    @AcceptablePassword
    private String password;

    public NewPassword() {}

    public NewPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
