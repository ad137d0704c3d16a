package io.reload.progress.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import io.reload.triage.domain.Symptom;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One session a client logged: pain before and after (0-10), what they did, the gate tests they
 * passed and any new symptoms, with the phase they were in. The plan is referenced by id: it
 * belongs to the protocol feature.
 */
@Entity
@Table(name = "session_logs")
public class SessionLog extends BaseEntity {

    public static final int MAX_NOTE = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Account client;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "pain_before", nullable = false)
    private int painBefore;

    @Column(name = "pain_after", nullable = false)
    private int painAfter;

    @Column(name = "phase_position", nullable = false)
    private int phasePosition;

    @Column(name = "phase_name", nullable = false, length = 120)
    private String phaseName;

    /** Symptom names, comma-separated; empty when none were reported. */
    @Column(length = 400)
    private String symptoms;

    @Column(name = "red_flag", nullable = false)
    private boolean redFlag;

    @Column(name = "daily_activities_hard", nullable = false)
    private boolean dailyActivitiesHard;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "edited_at")
    private Instant editedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SessionExercise> exercises = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_gate_results", joinColumns = @JoinColumn(name = "session_id"))
    private Set<GatePass> gatePasses = new HashSet<>();

    @Version
    private long version;

    protected SessionLog() {
        // for JPA
    }

    public SessionLog(
            Account client,
            long planId,
            LocalDate day,
            Instant loggedAt,
            PainScores pain,
            int phasePosition,
            String phaseName) {
        this.client = client;
        this.planId = planId;
        this.day = day;
        this.loggedAt = loggedAt;
        this.painBefore = pain.before();
        this.painAfter = pain.after();
        this.phasePosition = phasePosition;
        this.phaseName = phaseName;
    }

    public SessionExercise addExercise(String name, String liftKey) {
        SessionExercise exercise = new SessionExercise(this, exercises.size() + 1, name, liftKey);
        exercises.add(exercise);
        return exercise;
    }

    public void passed(long gateTestId, String description) {
        gatePasses.add(new GatePass(gateTestId, description));
    }

    /** New symptoms: a red flag (numbness, leg weakness, loss of control) or pain limiting daily life. */
    public void reported(Set<Symptom> newSymptoms) {
        this.symptoms = newSymptoms.stream().map(Symptom::name).sorted().collect(Collectors.joining(","));
        this.redFlag = SessionSymptoms.isRedFlag(newSymptoms);
        this.dailyActivitiesHard = newSymptoms.contains(Symptom.LASTING_OR_LIMITING);
    }

    public void note(String text) {
        this.note = text == null || text.isBlank() ? null : text.strip();
    }

    /** A correction of a past log: the pain and the note, kept apart from the engine's decisions. */
    public void correct(PainScores pain, String newNote, Instant when) {
        this.painBefore = pain.before();
        this.painAfter = pain.after();
        note(newNote);
        this.editedAt = when;
    }

    public Set<Symptom> getSymptoms() {
        if (symptoms == null || symptoms.isEmpty()) {
            return EnumSet.noneOf(Symptom.class);
        }
        return Arrays.stream(symptoms.split(","))
                .map(Symptom::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class)));
    }

    public int painRise() {
        return painAfter - painBefore;
    }

    public Account getClient() {
        return client;
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public int getPainBefore() {
        return painBefore;
    }

    public int getPainAfter() {
        return painAfter;
    }

    public int getPhasePosition() {
        return phasePosition;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public boolean isRedFlag() {
        return redFlag;
    }

    public boolean isDailyActivitiesHard() {
        return dailyActivitiesHard;
    }

    public String getNote() {
        return note;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public List<SessionExercise> getExercises() {
        return exercises;
    }

    public Set<GatePass> getGatePasses() {
        return gatePasses;
    }

    public long getVersion() {
        return version;
    }
}
