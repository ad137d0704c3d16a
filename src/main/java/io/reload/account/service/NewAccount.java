package io.reload.account.service;

import io.reload.account.domain.AcceptablePassword;
import io.reload.account.domain.PasswordRule;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person fills in to get an account. The constraints are checked twice with the same
 * definitions: by Faces next to each field, and by the service, which trusts no page.
 */
public class NewAccount implements Serializable {

    public static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;

    @NotBlank(message = "{account.name.required}")
    @Size(max = 120, message = "{account.name.tooLong}")
    private String fullName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    @Size(max = 40, message = "{account.phone.tooLong}")
    @Pattern(regexp = "^[0-9+()\\-. ]*$", message = "{account.phone.invalid}")
    private String phone;

    @NotBlank(message = "{account.password.required}")
    @AcceptablePassword
    private String password;

    /** The language of the page the person registered on, kept as their choice; null for none. */
    private String language;

    public NewAccount() {}

    public NewAccount(String fullName, String email, String phone, String password) {
        this.fullName = fullName;
        setEmail(email);
        this.phone = phone;
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    /** Spaces around an address are a slip of the keyboard, not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
