package io.reload.protocol.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** A day the plan changed phase, from and to (1-based positions and names). */
public record PhaseChange(LocalDate day, int fromPosition, int toPosition, String toName) implements Serializable {

    public boolean isBack() {
        return toPosition < fromPosition;
    }
}
