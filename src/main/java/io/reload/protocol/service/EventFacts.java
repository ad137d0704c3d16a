package io.reload.protocol.service;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PlanEventKind;
import java.io.Serializable;
import java.util.List;

/**
 * What a plan event says, as values: its kind and the values it keeps (a lift already by its
 * name, loads in kg, days as ISO dates), and the plan's loads to show them. Pages put it in words.
 */
public record EventFacts(PlanEventKind kind, List<String> values, LoadScale loads) implements Serializable {

    public EventFacts {
        values = List.copyOf(values);
    }
}
