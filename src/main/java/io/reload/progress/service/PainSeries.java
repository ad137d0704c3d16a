package io.reload.progress.service;

import io.reload.progress.domain.PainPoint;
import io.reload.protocol.domain.PhaseChange;
import java.io.Serializable;
import java.util.List;

/** What a pain chart shows: the sessions in order and the plan's phase changes over those days. */
public record PainSeries(List<PainPoint> sessions, List<PhaseChange> changes) implements Serializable {

    public PainSeries {
        sessions = List.copyOf(sessions);
        changes = List.copyOf(changes);
    }
}
