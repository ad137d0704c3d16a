package io.reload.progress.service;

import io.reload.protocol.domain.PainScore;
import java.io.Serializable;

/** Pain after the first session against after the latest of a stretch of sessions. */
public record PainSummary(int first, int latest) implements Serializable {

    public int change() {
        return latest - first;
    }

    /** A real change (clinical-rules 5), not normal variation. */
    public boolean isReal() {
        return PainScore.isRealChange(change());
    }
}
