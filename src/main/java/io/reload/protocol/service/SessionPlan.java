package io.reload.protocol.service;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.WeightUnit;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client's session is logged against: the plan and phase today, the prescriptions with
 * sets and reps (lifts with their working load in kg), and the gate tests of the phase.
 */
public class SessionPlan implements Serializable {

    /** A prescription done in sets and reps; a lift has a key and a working load. */
    public record Exercise(String name, String liftKey, Integer sets, Integer reps, BigDecimal workingLoadKg)
            implements Serializable {
        public boolean isLift() {
            return liftKey != null;
        }
    }

    /** A gate test of the phase, passed already or not yet. */
    public record GateTest(long id, String description, boolean passed) implements Serializable {}

    private final long planId;
    private final LocalDate day;
    private final int phasePosition;
    private final String phaseName;
    private final LoadScale loads;
    private final List<Exercise> exercises;
    private final List<GateTest> gateTests;

    SessionPlan(
            long planId,
            LocalDate day,
            int phasePosition,
            String phaseName,
            LoadScale loads,
            List<Exercise> exercises,
            List<GateTest> gateTests) {
        this.planId = planId;
        this.day = day;
        this.phasePosition = phasePosition;
        this.phaseName = phaseName;
        this.loads = loads;
        this.exercises = List.copyOf(exercises);
        this.gateTests = List.copyOf(gateTests);
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getPhasePosition() {
        return phasePosition;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public WeightUnit getUnit() {
        return loads.unit();
    }
    /** The unit and step of the plan's loads: what the log form offers is the load the plan shows. */
    public LoadScale getLoads() {
        return loads;
    }

    public List<Exercise> getExercises() {
        return exercises;
    }

    public List<GateTest> getGateTests() {
        return gateTests;
    }
}
