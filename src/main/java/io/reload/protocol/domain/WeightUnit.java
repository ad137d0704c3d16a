package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a client sees loads. The database always holds kilograms. */
public enum WeightUnit {
    KG(BigDecimal.ONE),
    LB(new BigDecimal("2.20462262"));

    private final BigDecimal perKilogram;

    WeightUnit(BigDecimal perKilogram) {
        this.perKilogram = perKilogram;
    }

    public BigDecimal fromKg(BigDecimal kg) {
        return kg.multiply(perKilogram);
    }

    /**
     * A weight kept in kg as a person entered it in this unit, to one decimal (a body weight, a
     * one-rep max, a load logged). Loads the plan prescribes are rounded to the plan's step
     * instead, by {@link LoadScale#shown}.
     */
    public BigDecimal asEntered(BigDecimal kg) {
        return fromKg(kg).setScale(1, RoundingMode.HALF_UP);
    }

    public BigDecimal toKg(BigDecimal amount) {
        return amount.divide(perKilogram, 6, RoundingMode.HALF_UP);
    }
}
