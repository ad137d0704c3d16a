package io.reload.progress.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One session on the pain chart: its day, pain before and after, and the phase it was in. */
public record PainPoint(LocalDate day, int before, int after, int phasePosition, String phaseName)
        implements Serializable {

    public int change() {
        return after - before;
    }
}
