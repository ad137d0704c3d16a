package io.reload.protocol.service;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.WeightUnit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as client and therapist read it: where the client stands, what to do today with the
 * doses worked out, the gate, the working loads, and every event in plain words.
 */
public class PlanView implements Serializable {

    /** One phase in the plan's list of phases. */
    public record PhaseStep(int index, int position, String name, Integer nominalDays, boolean current) implements Serializable {
        public int getIndex() { return index; }
        public int getPosition() { return position; }
        public String getName() { return name; }
        public Integer getNominalDays() { return nominalDays; }
        public boolean isCurrent() { return current; }
    }

    /** Something to do today, its dose in words; the working load for a lift. */
    public record TodayItem(String kind, String name, String instruction, String dose, String workingLoad, String liftKey,
                            Integer sets, Integer reps, boolean optional, String notes) implements Serializable {
        public String getKind() { return kind; }
        public String getName() { return name; }
        public String getInstruction() { return instruction; }
        public String getDose() { return dose; }
        public String getWorkingLoad() { return workingLoad; }
        public String getLiftKey() { return liftKey; }
        public Integer getSets() { return sets; }
        public Integer getReps() { return reps; }
        public boolean isOptional() { return optional; }
        public String getNotes() { return notes; }
        public boolean isLift() { return liftKey != null; }
    }

    /** A gate test of the current phase, passed or not yet. */
    public record GateItem(long id, String description, boolean passed) implements Serializable {
        public long getId() { return id; }
        public String getDescription() { return description; }
        public boolean isPassed() { return passed; }
    }

    /** A lift's working load in the client's unit. */
    public record LoadRow(String liftKey, String liftName, String load) implements Serializable {
        public String getLiftKey() { return liftKey; }
        public String getLiftName() { return liftName; }
        public String getLoad() { return load; }
    }

    /** An event in words; actor null when the plan's rules decided. */
    public record EventRow(LocalDate day, String text, String actor, String reason, boolean phaseChange) implements Serializable {
        public LocalDate getDay() { return day; }
        public String getText() { return text; }
        public String getActor() { return actor; }
        public String getReason() { return reason; }
        public boolean isPhaseChange() { return phaseChange; }
    }

    /** A change of phase, for charts: on which day, from and to which phase. */
    public record PhaseMove(LocalDate day, int fromPosition, int toPosition, String toName) implements Serializable {
    }

    long id;
    long clientId;
    String clientName;
    String therapistName;
    String protocolName;
    LocalDate startsOn;
    boolean started;
    boolean active;
    String unit;
    WeightUnit weightUnit;
    LoadScale loadScale;
    String oneRepMax;
    String bodyWeight;
    List<PhaseStep> phases;
    PhaseStep currentPhase;
    String currentPurpose;
    long dayOfPhase;
    LocalDate fallbackUntil;
    List<TodayItem> today;
    List<TodayItem> warmUp;
    List<TodayItem> technique;
    List<GateItem> gate;
    List<LoadRow> loads;
    List<EventRow> events;
    List<PhaseMove> phaseMoves;
    int persistentPainDays;
    int worseningAfterHours;

    PlanView() {
    }

    public long getId() { return id; }
    public long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public String getTherapistName() { return therapistName; }
    public String getProtocolName() { return protocolName; }
    public LocalDate getStartsOn() { return startsOn; }
    public boolean isStarted() { return started; }
    public boolean isActive() { return active; }
    public String getUnit() { return unit; }
    public WeightUnit getWeightUnit() { return weightUnit; }
    /** The unit and step of the plan's loads, for showing a load kept in kg as every page shows it. */
    public LoadScale getLoadScale() { return loadScale; }
    public String getOneRepMax() { return oneRepMax; }
    public String getBodyWeight() { return bodyWeight; }
    public List<PhaseStep> getPhases() { return phases; }
    public PhaseStep getCurrentPhase() { return currentPhase; }
    public String getCurrentPurpose() { return currentPurpose; }
    public long getDayOfPhase() { return dayOfPhase; }
    public LocalDate getFallbackUntil() { return fallbackUntil; }
    public boolean isOnFallback() { return fallbackUntil != null; }
    public List<TodayItem> getToday() { return today; }
    public List<TodayItem> getWarmUp() { return warmUp; }
    public List<TodayItem> getTechnique() { return technique; }
    public List<GateItem> getGate() { return gate; }
    public boolean isGated() { return !gate.isEmpty(); }
    public List<LoadRow> getLoads() { return loads; }
    public List<EventRow> getEvents() { return events; }
    /** Oldest first. */
    public List<PhaseMove> getPhaseMoves() { return phaseMoves; }
    public int getPersistentPainDays() { return persistentPainDays; }
    public int getWorseningAfterHours() { return worseningAfterHours; }
}
