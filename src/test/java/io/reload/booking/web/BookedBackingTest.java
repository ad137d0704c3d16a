package io.reload.booking.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.shared.text.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The booked page claims a confirmation mail only while mail is on. */
class BookedBackingTest {

    @Test
    void withMailOnThePageSaysTheConfirmationWasSent() {
        assertEquals(
                "We sent a confirmation with a calendar file to jo@example.org.",
                Texts.format(Locale.ENGLISH, BookedBacking.mailNoteKey(true), "jo@example.org"));
    }

    @Test
    void withMailOffThePageSaysNoMailWillCome() {
        assertEquals(
                "This portal sends no mail at the moment, so no confirmation will reach jo@example.org: please note the time.",
                Texts.format(Locale.ENGLISH, BookedBacking.mailNoteKey(false), "jo@example.org"));
    }
}
