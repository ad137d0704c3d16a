package io.reload.progress.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One session of a lift: the load prescribed and the load performed, in the client's unit. */
public record LoadPoint(LocalDate day, BigDecimal prescribed, BigDecimal performed) implements Serializable {
    // getters for the pages' tables: Jakarta EL 5 reads no record components
    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getPrescribed() {
        return prescribed;
    }

    public BigDecimal getPerformed() {
        return performed;
    }
}
