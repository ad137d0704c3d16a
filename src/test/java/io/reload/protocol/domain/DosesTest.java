package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DosesTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(
                0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void waterIs35To40MillilitresPerKilogram() {
        Doses.Range water = Doses.perBodyWeight(new BigDecimal("80"), new BigDecimal("35"), new BigDecimal("40"));
        assertAmount("2800", water.min());
        assertAmount("3200", water.max());
    }

    @Test
    void proteinIs1point6To2point2GramsPerKilogram() {
        Doses.Range protein = Doses.perBodyWeight(new BigDecimal("72.5"), new BigDecimal("1.6"), new BigDecimal("2.2"));
        assertAmount("116", protein.min()); // 116.0
        assertAmount("160", protein.max()); // 159.5 rounds up
    }

    @Test
    void reloadLoadsInKilogramsOnTwoAndAHalfKiloSteps() {
        BigDecimal oneRepMax = new BigDecimal("180");
        LoadScale kg = new LoadScale(WeightUnit.KG, new BigDecimal("2.5"));
        Doses.Range weeksOneTwo = Doses.loadRange(oneRepMax, new BigDecimal("20"), new BigDecimal("30"), kg);
        assertAmount("35", weeksOneTwo.min());
        assertAmount("55", weeksOneTwo.max()); // 54 -> 55
        assertAmount("107.5", Doses.load(oneRepMax, new BigDecimal("60"), kg)); // 108
        assertAmount("125", Doses.load(oneRepMax, new BigDecimal("70"), kg)); // 126
    }

    @Test
    void loadsInPoundsUseFivePoundSteps() {
        // 180 kg = 396.8 lb; 70% = 277.8 lb -> 280 lb
        assertAmount(
                "280",
                Doses.load(
                        new BigDecimal("180"),
                        new BigDecimal("70"),
                        new LoadScale(WeightUnit.LB, new BigDecimal("5"))));
    }

    @Test
    void poundsConvertBackToKilograms() {
        assertEquals(
                0,
                new BigDecimal("100.00")
                        .compareTo(WeightUnit.LB
                                .toKg(WeightUnit.LB.fromKg(new BigDecimal("100")))
                                .setScale(2, java.math.RoundingMode.HALF_UP)));
    }
}
