package io.reload.protocol.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The loads of one plan: multiples of the plan's loadable step in the plan's own unit (2.5 kg,
 * or 5 lb for a plan in pounds), kept in kilograms as the database keeps every weight. Loads are
 * rounded here and nowhere else, so a dose, a working load, the log form and the charts show the
 * same number for the same load (loads rounded on kilogram steps and shown in pounds once read
 * 240, 242.5 and 245 lb on one page).
 */
public record LoadScale(WeightUnit unit, BigDecimal step) implements Serializable {

    /** A share of the one-rep max, on the step in the plan's unit; in kg. */
    public BigDecimal percentOf(BigDecimal oneRepMaxKg, BigDecimal percent) {
        return unit.toKg(LoadRounding.percentOf(unit.fromKg(oneRepMaxKg), percent, step));
    }

    /** The load after a clean session: up by the percentage and at least one step; in kg. */
    public BigDecimal increased(BigDecimal currentKg, BigDecimal percent) {
        return unit.toKg(LoadRounding.increased(shown(currentKg), percent, step));
    }

    /** An amount entered in the plan's unit, on its nearest step; in kg. */
    public BigDecimal nearest(BigDecimal amount) {
        return unit.toKg(LoadRounding.toNearestStep(amount, step));
    }

    /** A load kept in kg as the client reads it: its step in the plan's unit, e.g. 240 (lb), without trailing zeros. */
    public BigDecimal shown(BigDecimal kg) {
        BigDecimal amount = LoadRounding.toNearestStep(unit.fromKg(kg), step).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }
}
