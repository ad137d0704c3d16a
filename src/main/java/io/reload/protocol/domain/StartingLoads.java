package io.reload.protocol.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each lift's working load starts: the low end of the first share of the one-rep max
 * the protocol prescribes for it (e.g. 20% for the kettlebell deadlift from blocks), on the
 * plan's loadable step. After that only the engine (+5% on a clean session) or a therapist moves it.
 */
public final class StartingLoads {

    private StartingLoads() {}

    public static Map<String, BigDecimal> of(List<ProtocolPhase> phases, BigDecimal oneRepMaxKg, LoadScale scale) {
        Map<String, BigDecimal> loads = new LinkedHashMap<>();
        for (ProtocolPhase phase : phases) {
            for (Prescription prescription : phase.getPrescriptions()) {
                BigDecimal percent = prescription.getDosage().getMinPercent1rm();
                if (prescription.isLift() && percent != null) {
                    loads.putIfAbsent(prescription.getLiftKey(), scale.percentOf(oneRepMaxKg, percent));
                }
            }
        }
        return loads;
    }
}
