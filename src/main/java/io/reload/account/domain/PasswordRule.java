package io.reload.account.domain;

import java.util.Optional;

/**
 * What a new password must be, wherever it is chosen (registration, the Team page, a change, a
 * reset): 12 to 128 characters, and not one of the common passwords (NIST SP 800-63B, ASVS 5.0
 * 6.2): length and a deny-list, no rules about character classes.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT_OR_LONG = "account.password.length";
    public static final String TOO_COMMON = "account.password.common";

    private PasswordRule() {}

    /** The message key of what is wrong with the password, or empty when it will do. */
    public static Optional<String> problemWith(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(TOO_SHORT_OR_LONG);
        }
        if (CommonPasswords.contains(password) || CommonPasswords.contains(password.strip())) {
            return Optional.of(TOO_COMMON);
        }
        return Optional.empty();
    }
}
