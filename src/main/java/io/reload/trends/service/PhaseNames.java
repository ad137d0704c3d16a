package io.reload.trends.service;

import io.reload.protocol.domain.ProtocolPhase;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendSources.PlanPhase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phase names of a page of dashboard rows in the reader's language. A row keeps the name of
 * its phase as written (it is refreshed whenever the plan changes); while that is still the name
 * of the phase at the row's position in the plan's protocol, the reader gets its translation,
 * the way plan events are read (see PlanEvent#valuesIn). Any other name stays as kept.
 */
final class PhaseNames {

    private final Map<Long, Map<Integer, ProtocolPhase>> phasesByPlan;
    private final Locale reader;

    private PhaseNames(Map<Long, Map<Integer, ProtocolPhase>> phasesByPlan, Locale reader) {
        this.phasesByPlan = phasesByPlan;
        this.reader = reader;
    }

    static PhaseNames of(List<PlanPhase> phases, Locale reader) {
        Map<Long, Map<Integer, ProtocolPhase>> byPlan = new HashMap<>();
        for (PlanPhase each : phases) {
            byPlan.computeIfAbsent(each.planId(), plan -> new HashMap<>())
                    .put(each.phase().getPosition(), each.phase());
        }
        return new PhaseNames(byPlan, reader);
    }

    String of(ClientTrend trend) {
        ProtocolPhase phase =
                phasesByPlan.getOrDefault(trend.getPlanId(), Map.of()).get(trend.getPhasePosition());
        return phase != null && phase.getName().equals(trend.getPhaseName())
                ? phase.name(reader)
                : trend.getPhaseName();
    }
}
