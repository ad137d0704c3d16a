package io.reload.shared.audit;

/** What a security event records; the page names each from the message bundle (security.kind.*). */
public enum SecurityEventKind {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_RESET,
    ACCOUNT_CREATED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    SETTINGS_CHANGED,
    ACCESS_REFUSED
}
