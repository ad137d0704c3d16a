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

    public BigDecimal toKg(BigDecimal amount) {
        return amount.divide(perKilogram, 6, RoundingMode.HALF_UP);
    }
}
