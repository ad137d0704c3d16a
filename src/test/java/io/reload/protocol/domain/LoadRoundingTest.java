package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoadRoundingTest {

    private static final BigDecimal KG_STEP = new BigDecimal("2.5");
    private static final BigDecimal LB_STEP = new BigDecimal("5");

    private static void assertLoad(String expected, BigDecimal actual) {
        assertEquals(
                0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void aShareOfTheOneRepMaxOnTheNearestLoadableStep() {
        assertLoad("27.5", LoadRounding.percentOf(new BigDecimal("140"), new BigDecimal("20"), KG_STEP)); // 28.0
        assertLoad("42.5", LoadRounding.percentOf(new BigDecimal("140"), new BigDecimal("30"), KG_STEP)); // 42.0
        assertLoad("98", LoadRounding.percentOf(new BigDecimal("140"), new BigDecimal("70"), new BigDecimal("1")));
        assertLoad("220", LoadRounding.percentOf(new BigDecimal("315"), new BigDecimal("70"), LB_STEP)); // 220.5 lb
    }

    @Test
    void halfAStepRoundsUp() {
        assertLoad("22.5", LoadRounding.toNearestStep(new BigDecimal("21.25"), KG_STEP));
        assertLoad("20", LoadRounding.toNearestStep(new BigDecimal("21.24"), KG_STEP));
    }

    @Test
    void anIncreaseIsAtLeastOneStep() {
        assertLoad("105", LoadRounding.increased(new BigDecimal("100"), new BigDecimal("5"), KG_STEP));
        assertLoad(
                "22.5", LoadRounding.increased(new BigDecimal("20"), new BigDecimal("5"), KG_STEP)); // 21 rounds to 20
    }

    @Test
    void painIsScoredZeroToTen() {
        assertEquals(2, new PainScore(3).riseTo(new PainScore(5)));
        assertThrows(IllegalArgumentException.class, () -> new PainScore(-1));
        assertThrows(IllegalArgumentException.class, () -> new PainScore(11));
    }
}
