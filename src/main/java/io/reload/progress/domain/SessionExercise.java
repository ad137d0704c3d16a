package io.reload.progress.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the client did of one prescription in a session: sets × reps (× load for a lift). */
@Entity
@Table(name = "session_exercises")
public class SessionExercise extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private SessionLog session;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "lift_key", length = 40)
    private String liftKey;

    @Column(name = "prescribed_sets")
    private Integer prescribedSets;

    @Column(name = "prescribed_reps")
    private Integer prescribedReps;

    @Column(name = "sets_done")
    private Integer setsDone;

    @Column(name = "reps_done")
    private Integer repsDone;

    @Column(name = "load_kg", precision = 7, scale = 2)
    private BigDecimal loadKg;

    @Column(name = "prescribed_load_kg", precision = 7, scale = 2)
    private BigDecimal prescribedLoadKg;

    @Column(name = "all_sets_pain_free", nullable = false)
    private boolean allSetsPainFree;

    @Column(name = "good_form", nullable = false)
    private boolean goodForm;

    protected SessionExercise() {
        // for JPA
    }

    SessionExercise(SessionLog session, int position, String name, String liftKey) {
        this.session = session;
        this.position = position;
        this.name = name;
        this.liftKey = liftKey;
    }

    public SessionExercise prescribed(Integer sets, Integer reps, BigDecimal loadKg) {
        this.prescribedSets = sets;
        this.prescribedReps = reps;
        this.prescribedLoadKg = twoDecimals(loadKg);
        return this;
    }

    public SessionExercise done(Integer sets, Integer reps, BigDecimal load, boolean painFree, boolean form) {
        this.setsDone = sets;
        this.repsDone = reps;
        this.loadKg = twoDecimals(load);
        this.allSetsPainFree = painFree;
        this.goodForm = form;
        return this;
    }

    /**
     * Every prescribed set done and all of them pain-free: with good form, the condition for
     * raising a lift's load (clinical-rules 4). Fewer sets or reps than prescribed do not count.
     */
    public boolean completedAllSetsPainFree() {
        return allSetsPainFree && atLeast(setsDone, prescribedSets) && atLeast(repsDone, prescribedReps);
    }

    private static boolean atLeast(Integer done, Integer prescribed) {
        return prescribed == null || (done != null && done >= prescribed);
    }

    private static BigDecimal twoDecimals(BigDecimal kg) {
        return kg == null ? null : kg.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isLift() {
        return liftKey != null;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getLiftKey() {
        return liftKey;
    }

    public Integer getPrescribedSets() {
        return prescribedSets;
    }

    public Integer getPrescribedReps() {
        return prescribedReps;
    }

    public Integer getSetsDone() {
        return setsDone;
    }

    public Integer getRepsDone() {
        return repsDone;
    }

    public BigDecimal getLoadKg() {
        return loadKg;
    }

    public BigDecimal getPrescribedLoadKg() {
        return prescribedLoadKg;
    }

    public boolean isAllSetsPainFree() {
        return allSetsPainFree;
    }

    public boolean isGoodForm() {
        return goodForm;
    }
}
