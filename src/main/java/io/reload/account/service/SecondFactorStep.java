package io.reload.account.service;

/** What sign-in asks for once the password was right. */
public enum SecondFactorStep {
    /** Nothing more: signed in. */
    NONE,
    /** Staff and therapists without a second factor set up: set one up now. */
    ENROL,
    /** A second factor is set up: a code from the app, or a recovery code. */
    CODE
}
