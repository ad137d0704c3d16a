package io.reload.account.service;

/** A "set a new password" link was made for an account; its mail goes out once that is committed. */
record PasswordResetRequested(String email, String fullName, String token) {

    @Override
    public String toString() {
        return "PasswordResetRequested[" + email + "]"; // never the token, should this reach a log
    }
}
