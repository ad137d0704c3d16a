package io.reload.protocol.service;

import io.reload.protocol.domain.EscalationWindows;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PhaseChange;
import io.reload.protocol.domain.WeightUnit;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as client and therapist read it: where the client stands, what to do today with the
 * doses worked out, the gate, the working loads, and every event in plain words.
 */
public class PlanView implements Serializable {

    /** One phase in the plan's list of phases. */
    public record PhaseStep(int index, int position, String name, Integer nominalDays, boolean current)
            implements Serializable {
        public int getIndex() {
            return index;
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public Integer getNominalDays() {
            return nominalDays;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** Something to do today, its dose; the working load (kg) for a lift. */
    public record TodayItem(
            String kind,
            String name,
            String instruction,
            ClientDose dose,
            BigDecimal workingLoadKg,
            String liftKey,
            Integer sets,
            Integer reps,
            boolean optional,
            String notes)
            implements Serializable {
        public String getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getInstruction() {
            return instruction;
        }

        public ClientDose getDose() {
            return dose;
        }

        public BigDecimal getWorkingLoadKg() {
            return workingLoadKg;
        }

        public String getLiftKey() {
            return liftKey;
        }

        public Integer getSets() {
            return sets;
        }

        public Integer getReps() {
            return reps;
        }

        public boolean isOptional() {
            return optional;
        }

        public String getNotes() {
            return notes;
        }

        public boolean isLift() {
            return liftKey != null;
        }
    }

    /** A gate test of the current phase, passed or not yet. */
    public record GateItem(long id, String description, boolean passed) implements Serializable {
        public long getId() {
            return id;
        }

        public String getDescription() {
            return description;
        }

        public boolean isPassed() {
            return passed;
        }
    }

    /** A lift's working load, in kg. */
    public record LoadRow(String liftKey, String liftName, BigDecimal loadKg) implements Serializable {
        public String getLiftKey() {
            return liftKey;
        }

        public String getLiftName() {
            return liftName;
        }

        public BigDecimal getLoadKg() {
            return loadKg;
        }
    }

    /** An event; actor null when the plan's rules decided. */
    public record EventRow(LocalDate day, EventFacts facts, String actor, String reason, boolean phaseChange)
            implements Serializable {
        public LocalDate getDay() {
            return day;
        }

        public EventFacts getFacts() {
            return facts;
        }

        public String getActor() {
            return actor;
        }

        public String getReason() {
            return reason;
        }

        public boolean isPhaseChange() {
            return phaseChange;
        }
    }

    long id;
    long clientId;
    String clientName;
    String therapistName;
    String protocolName;
    LocalDate startsOn;
    boolean started;
    boolean active;
    WeightUnit weightUnit;
    LoadScale loadScale;
    BigDecimal oneRepMaxKg;
    BigDecimal bodyWeightKg;
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
    List<PhaseChange> phaseChanges;
    EscalationWindows escalation;

    PlanView() {}

    public long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public String getProtocolName() {
        return protocolName;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isActive() {
        return active;
    }

    public WeightUnit getWeightUnit() {
        return weightUnit;
    }
    /** The unit and step of the plan's loads, for showing a load kept in kg as every page shows it. */
    public LoadScale getLoadScale() {
        return loadScale;
    }

    public BigDecimal getOneRepMaxKg() {
        return oneRepMaxKg;
    }

    public BigDecimal getBodyWeightKg() {
        return bodyWeightKg;
    }

    public List<PhaseStep> getPhases() {
        return phases;
    }

    public PhaseStep getCurrentPhase() {
        return currentPhase;
    }

    public String getCurrentPurpose() {
        return currentPurpose;
    }

    public long getDayOfPhase() {
        return dayOfPhase;
    }

    public LocalDate getFallbackUntil() {
        return fallbackUntil;
    }

    public boolean isOnFallback() {
        return fallbackUntil != null;
    }

    public List<TodayItem> getToday() {
        return today;
    }

    public List<TodayItem> getWarmUp() {
        return warmUp;
    }

    public List<TodayItem> getTechnique() {
        return technique;
    }

    public List<GateItem> getGate() {
        return gate;
    }

    public boolean isGated() {
        return !gate.isEmpty();
    }

    public List<LoadRow> getLoads() {
        return loads;
    }

    public List<EventRow> getEvents() {
        return events;
    }
    /** Oldest first. */
    public List<PhaseChange> getPhaseChanges() {
        return phaseChanges;
    }
    /** How far back this plan's escalation flags look. */
    public EscalationWindows getEscalation() {
        return escalation;
    }
}
