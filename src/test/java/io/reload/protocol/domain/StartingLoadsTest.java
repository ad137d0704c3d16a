package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each lift starts at the low end of its first prescribed share of the one-rep max, on the loadable step. */
class StartingLoadsTest {

    @Test
    void eachLiftStartsAtItsFirstLowestShareRoundedToTheStep() {
        ProtocolTemplate template = Templates.empty();
        ProtocolPhase repattern = template.addPhase("Re-pattern", 21);
        Templates.lift(repattern.addPrescription(PrescriptionKind.LIFT, "KB RDL"), "kb-rdl", 20, 30);
        ProtocolPhase reload = template.addPhase("Reload", 56);
        Templates.lift(reload.addPrescription(PrescriptionKind.LIFT, "Rack pull"), "rack-pull", 40, 50);
        Templates.lift(reload.addPrescription(PrescriptionKind.LIFT, "KB RDL again"), "kb-rdl", 60, 60);
        reload.addPrescription(PrescriptionKind.EXERCISE, "Hip thrust");

        Map<String, BigDecimal> loads = StartingLoads.of(
                template.getPhases(), new BigDecimal("143"), new LoadScale(WeightUnit.KG, new BigDecimal("2.5")));

        // 20% of 143 = 28.6 -> 27.5 (nearest 2.5); 40% of 143 = 57.2 -> 57.5; the later 60% does not replace the first
        assertEquals(
                Map.of("kb-rdl", new BigDecimal("27.5"), "rack-pull", new BigDecimal("57.5")),
                Map.of(
                        "kb-rdl",
                        loads.get("kb-rdl").stripTrailingZeros(),
                        "rack-pull",
                        loads.get("rack-pull").stripTrailingZeros()));
        assertEquals(2, loads.size(), "exercises without a share of the 1RM have no working load");
    }
}
