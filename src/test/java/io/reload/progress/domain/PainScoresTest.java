package io.reload.progress.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 0-10 scale and its minimal clinically important difference of 2 points. */
class PainScoresTest {

    @Test
    void onlyWholeNumbersFromZeroToTenArePain() {
        assertTrue(PainScores.isValid(0));
        assertTrue(PainScores.isValid(10));
        assertFalse(PainScores.isValid(-1));
        assertFalse(PainScores.isValid(11));
        assertFalse(PainScores.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new PainScores(3, 11));
    }

    @Test
    void twoPointsIsARealChangeOneIsNormalVariation() {
        assertTrue(PainScores.isRealChange(2));
        assertTrue(PainScores.isRealChange(-2));
        assertFalse(PainScores.isRealChange(1));
        assertFalse(PainScores.isRealChange(-1));
        assertFalse(PainScores.isRealChange(0));
    }
}
