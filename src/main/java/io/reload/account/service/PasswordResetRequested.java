package io.reload.account.service;

/**
 * A "set a new password" link was made for an account; its mail goes out once that is committed.
 * The language is the account's chosen one, or null.
 */
record PasswordResetRequested(String email, String fullName, String token, String language) {

    PasswordResetRequested(String email, String fullName, String token) {
        this(email, fullName, token, null);
    }

    @Override
    public String toString() {
        return "PasswordResetRequested[" + email + "]"; // never the token, should this reach a log
    }
}
