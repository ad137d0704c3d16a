package io.reload.triage.service;

import io.reload.triage.domain.SelfCheck;
import io.reload.triage.domain.Symptom;
import io.reload.triage.domain.TriageClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A self-check as pages show it. A JavaBean, not a record: EL 5 cannot read records. */
public class SelfCheckResult implements Serializable {

    private final long id;
    private final String token;
    private final TriageClass outcome;
    private final List<Symptom> answers;
    private final List<Symptom> raisedBy;
    private final Instant createdAt;

    private SelfCheckResult(SelfCheck check) {
        this.id = check.getId();
        this.token = check.getToken();
        this.outcome = check.getOutcome();
        this.answers = List.copyOf(check.getAnswers());
        this.raisedBy = List.copyOf(check.getRaisedBy());
        this.createdAt = check.getCreatedAt();
    }

    static SelfCheckResult of(SelfCheck check) {
        return new SelfCheckResult(check);
    }

    public long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public TriageClass getOutcome() {
        return outcome;
    }

    /** Everything ticked, in the order of the questions. */
    public List<Symptom> getAnswers() {
        return answers;
    }

    /** The answers of the outcome's class: what the therapist's attention is drawn to. */
    public List<Symptom> getRaisedBy() {
        return raisedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Everyone may book a screen, except someone who needs emergency care now. */
    public boolean isBookingOffered() {
        return outcome != TriageClass.EMERGENCY;
    }

    public boolean isEmergency() {
        return outcome == TriageClass.EMERGENCY;
    }

    /** A red flag: the screen is marked urgent for the therapist. */
    public boolean isUrgent() {
        return outcome == TriageClass.RED_FLAG;
    }

    /** A warning: the screen is marked for the therapist's attention. */
    public boolean isMarkedForAttention() {
        return outcome == TriageClass.WARNING;
    }

    public boolean isNormalSoreness() {
        return outcome == TriageClass.NORMAL_SORENESS;
    }
}
