package io.reload.protocol.domain;

import java.util.List;

/**
 * What a phase asks of the client on one day of it: the prescriptions whose days and weeks
 * include that day. After a strain early in the reload the bodyweight hinges take the place
 * of the loaded lifts until the fallback week is over.
 */
public final class TodaysPrescriptions {

    private TodaysPrescriptions() {}

    public static List<Prescription> of(ProtocolPhase phase, long dayOfPhase, boolean strainFallback) {
        return phase.getPrescriptions().stream()
                .filter(prescription -> strainFallback
                        ? prescription.isStrainFallback()
                                || (!prescription.isLift()
                                        && prescription.getDosage().appliesOn(dayOfPhase))
                        : !prescription.isStrainFallback()
                                && prescription.getDosage().appliesOn(dayOfPhase))
                .toList();
    }
}
