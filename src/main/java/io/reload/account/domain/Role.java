package io.reload.account.domain;

/** What a signed-in person may do; each account has exactly one role. */
public enum Role {
    CLIENT,
    THERAPIST,
    STAFF
}
