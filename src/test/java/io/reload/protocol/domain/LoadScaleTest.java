package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A plan's loads on the plan's own step in its own unit, and shown as that step wherever they appear. */
class LoadScaleTest {

    private static final LoadScale POUNDS = new LoadScale(WeightUnit.LB, new BigDecimal("5"));
    private static final LoadScale KILOS = new LoadScale(WeightUnit.KG, new BigDecimal("2.5"));
    /** A one-rep max of 400 lb, as the plan keeps it: kilograms to two decimals (181.44). */
    private static final BigDecimal FOUR_HUNDRED_LB =
            WeightUnit.LB.toKg(new BigDecimal("400")).setScale(2, RoundingMode.HALF_UP);

    /** As the plan's columns keep a load. */
    private static BigDecimal stored(BigDecimal kg) {
        return kg.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aShareOfTheOneRepMaxLiesOnFivePoundStepsAndReadsTheSameAsTheDose() {
        // 60% of 400 lb = 240 lb; on 2.5 kg steps it was 110 kg, which read 242.5 or 245 lb
        BigDecimal weekFive = stored(POUNDS.percentOf(FOUR_HUNDRED_LB, new BigDecimal("60")));
        assertEquals(new BigDecimal("240"), POUNDS.shown(weekFive));
        assertEquals(new BigDecimal("240"), Doses.load(FOUR_HUNDRED_LB, new BigDecimal("60"), POUNDS));
        // 70% = 280 lb (on 2.5 kg steps 127.5 kg, read 281.1 in the form)
        BigDecimal weekSeven = stored(POUNDS.percentOf(FOUR_HUNDRED_LB, new BigDecimal("70")));
        assertEquals(new BigDecimal("280"), POUNDS.shown(weekSeven));
        assertEquals(new BigDecimal("280"), Doses.load(FOUR_HUNDRED_LB, new BigDecimal("70"), POUNDS));
    }

    @Test
    void aCleanSessionRaisesAPoundLoadOnFivePoundSteps() {
        BigDecimal current = stored(POUNDS.nearest(new BigDecimal("240")));
        assertEquals(new BigDecimal("250"), POUNDS.shown(POUNDS.increased(current, new BigDecimal("5")))); // 252 -> 250
        BigDecimal light = stored(POUNDS.nearest(new BigDecimal("40")));
        assertEquals(
                new BigDecimal("45"),
                POUNDS.shown(POUNDS.increased(light, new BigDecimal("5"))),
                "at least one step up"); // 42 -> 40
    }

    @Test
    void anEnteredLoadGoesToTheNearestStepOfThePlansUnit() {
        assertEquals(new BigDecimal("240"), POUNDS.shown(stored(POUNDS.nearest(new BigDecimal("242.4")))));
        assertEquals(new BigDecimal("245"), POUNDS.shown(stored(POUNDS.nearest(new BigDecimal("242.5")))));
        assertEquals(new BigDecimal("52.5"), KILOS.shown(KILOS.nearest(new BigDecimal("53.7"))));
    }

    @Test
    void kilogramPlansKeepTheirTwoAndAHalfKiloSteps() {
        assertEquals(
                0,
                new BigDecimal("107.5").compareTo(KILOS.percentOf(new BigDecimal("180"), new BigDecimal("60")))); // 108
        assertEquals(
                new BigDecimal("105"), KILOS.shown(KILOS.increased(new BigDecimal("100.00"), new BigDecimal("5"))));
        assertEquals(new BigDecimal("22.5"), KILOS.shown(new BigDecimal("22.50")), "no trailing zeros");
        assertEquals(new BigDecimal("100"), KILOS.shown(new BigDecimal("100.00")), "and no exponent: 100, not 1E+2");
    }
}
