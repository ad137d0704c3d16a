package io.reload.booking.domain;

/** How soon the therapist should see the client, from the self-check that came with the booking. */
public enum Urgency {
    /** Normal soreness, or no self-check. */
    ROUTINE,
    /** Warning signs: the therapist looks at the listed answers first. */
    ATTENTION,
    /** A red flag: earliest slot, client told to stop training and see a sports physician. */
    URGENT
}
