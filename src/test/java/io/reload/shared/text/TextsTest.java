package io.reload.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aWeekdayIsNamedInTheReadersLanguage() {
        assertEquals(
                "On Monday the end must come after the start.",
                Texts.format(Locale.ENGLISH, "availability.hours.order", DayOfWeek.MONDAY));
    }

    @Test
    void otherParametersAreFormattedAsBefore() {
        assertEquals("Sam can now sign in.", Texts.format(Locale.ENGLISH, "team.added", "Sam"));
    }
}
