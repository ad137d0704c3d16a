package io.reload.progress.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.protocol.domain.PainScore;
import org.junit.jupiter.api.Test;

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
        assertTrue(PainScore.isRealChange(2));
        assertTrue(PainScore.isRealChange(-2));
        assertFalse(PainScore.isRealChange(1));
        assertFalse(PainScore.isRealChange(-1));
        assertFalse(PainScore.isRealChange(0));
    }
}
