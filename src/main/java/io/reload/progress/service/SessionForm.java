package io.reload.progress.service;

import io.reload.triage.domain.Symptom;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as the client logs it: pain before and after (whole numbers 0-10), what they did of
 * each prescription, gate tests passed, new symptoms and a note. Loads are in the client's unit.
 */
public class SessionForm extends PainFields {

    /** One prescription with sets and reps, prefilled with what was prescribed. */
    public static class Entry implements Serializable {
        private String name;
        private String liftKey;
        private Integer prescribedSets;
        private Integer prescribedReps;
        /** In the plan's unit, on its step, as the plan shows it. */
        private BigDecimal prescribedLoad;

        @Min(value = 0, message = "{session.sets.range}")
        @Max(value = 50, message = "{session.sets.range}")
        private Integer setsDone;

        @Min(value = 0, message = "{session.reps.range}")
        @Max(value = 500, message = "{session.reps.range}")
        private Integer repsDone;

        @DecimalMin(value = "0", message = "{session.load.range}")
        @DecimalMax(value = "1000", message = "{session.load.range}")
        private BigDecimal load;

        private boolean allSetsPainFree;
        private boolean goodForm;

        public boolean isLift() {
            return liftKey != null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLiftKey() {
            return liftKey;
        }

        public void setLiftKey(String liftKey) {
            this.liftKey = liftKey;
        }

        public Integer getPrescribedSets() {
            return prescribedSets;
        }

        public void setPrescribedSets(Integer prescribedSets) {
            this.prescribedSets = prescribedSets;
        }

        public Integer getPrescribedReps() {
            return prescribedReps;
        }

        public void setPrescribedReps(Integer prescribedReps) {
            this.prescribedReps = prescribedReps;
        }

        public BigDecimal getPrescribedLoad() {
            return prescribedLoad;
        }

        public void setPrescribedLoad(BigDecimal prescribedLoad) {
            this.prescribedLoad = prescribedLoad;
        }

        public Integer getSetsDone() {
            return setsDone;
        }

        public void setSetsDone(Integer setsDone) {
            this.setsDone = setsDone;
        }

        public Integer getRepsDone() {
            return repsDone;
        }

        public void setRepsDone(Integer repsDone) {
            this.repsDone = repsDone;
        }

        public BigDecimal getLoad() {
            return load;
        }

        public void setLoad(BigDecimal load) {
            this.load = load;
        }

        public boolean isAllSetsPainFree() {
            return allSetsPainFree;
        }

        public void setAllSetsPainFree(boolean allSetsPainFree) {
            this.allSetsPainFree = allSetsPainFree;
        }

        public boolean isGoodForm() {
            return goodForm;
        }

        public void setGoodForm(boolean goodForm) {
            this.goodForm = goodForm;
        }
    }

    /** A gate test of the phase: passed before, or passed in this session. */
    public static class GateEntry implements Serializable {
        private long id;
        private String description;
        private boolean passedBefore;
        private boolean passed;

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isPassedBefore() {
            return passedBefore;
        }

        public void setPassedBefore(boolean passedBefore) {
            this.passedBefore = passedBefore;
        }

        public boolean isPassed() {
            return passed;
        }

        public void setPassed(boolean passed) {
            this.passed = passed;
        }
    }

    private long planId;
    private String phaseName;
    private String unit;

    @Valid
    private List<Entry> entries = new ArrayList<>();

    private List<GateEntry> gate = new ArrayList<>();

    private List<Symptom> symptoms = new ArrayList<>();

    public long getPlanId() {
        return planId;
    }

    public void setPlanId(long planId) {
        this.planId = planId;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public void setPhaseName(String phaseName) {
        this.phaseName = phaseName;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public void setEntries(List<Entry> entries) {
        this.entries = entries;
    }

    public List<GateEntry> getGate() {
        return gate;
    }

    public void setGate(List<GateEntry> gate) {
        this.gate = gate;
    }

    public List<Symptom> getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(List<Symptom> symptoms) {
        this.symptoms = symptoms;
    }
}
