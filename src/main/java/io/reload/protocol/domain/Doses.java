package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a prescription's numbers into what the client does today: a load in their unit on a
 * loadable step, and daily water and protein from their body weight. Never a drug dose.
 */
public final class Doses {

    private Doses() {}

    /** A range of whole amounts, e.g. 2450-2800 ml. */
    public record Range(BigDecimal min, BigDecimal max) {
        public boolean isSingle() {
            return min.compareTo(max) == 0;
        }
    }

    /**
     * The load for a share of the one-rep max as the client reads it: in the plan's unit, on the
     * plan's loadable step (2.5 kg or 5 lb by default), the same number a working load started
     * from that share shows.
     */
    public static BigDecimal load(BigDecimal oneRepMaxKg, BigDecimal percent, LoadScale loads) {
        return loads.shown(loads.percentOf(oneRepMaxKg, percent));
    }

    public static Range loadRange(
            BigDecimal oneRepMaxKg, BigDecimal minPercent, BigDecimal maxPercent, LoadScale loads) {
        return new Range(load(oneRepMaxKg, minPercent, loads), load(oneRepMaxKg, maxPercent, loads));
    }

    /** Per-kilogram amounts (35-40 ml water, 1.6-2.2 g protein) times body weight, whole numbers. */
    public static Range perBodyWeight(BigDecimal bodyWeightKg, BigDecimal minPerKg, BigDecimal maxPerKg) {
        return new Range(whole(bodyWeightKg.multiply(minPerKg)), whole(bodyWeightKg.multiply(maxPerKg)));
    }

    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
