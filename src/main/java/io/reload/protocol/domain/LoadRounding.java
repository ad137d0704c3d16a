package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts a client can actually put on the bar: multiples of a loadable step, in whatever unit
 * the step is. Only {@link LoadScale} calls it, which says which unit and step a plan's loads use.
 */
final class LoadRounding {

    private LoadRounding() {}

    static BigDecimal toNearestStep(BigDecimal load, BigDecimal step) {
        return load.divide(step, 0, RoundingMode.HALF_UP).multiply(step).max(step);
    }

    /** A percentage of a one-rep max, on the nearest step. */
    static BigDecimal percentOf(BigDecimal oneRepMax, BigDecimal percent, BigDecimal step) {
        return toNearestStep(
                oneRepMax.multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP), step);
    }

    /**
     * The load after a clean session: up by the percentage, on the nearest step, and at least
     * one step up (5% of a light kettlebell rounds back to the same weight otherwise).
     */
    static BigDecimal increased(BigDecimal current, BigDecimal percent, BigDecimal step) {
        BigDecimal target =
                current.multiply(BigDecimal.ONE.add(percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP)));
        BigDecimal rounded = toNearestStep(target, step);
        return rounded.compareTo(current) > 0 ? rounded : current.add(step);
    }
}
