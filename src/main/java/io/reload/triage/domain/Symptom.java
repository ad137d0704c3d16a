package io.reload.triage.domain;

import static io.reload.triage.domain.TriageClass.EMERGENCY;
import static io.reload.triage.domain.TriageClass.NORMAL_SORENESS;
import static io.reload.triage.domain.TriageClass.RED_FLAG;
import static io.reload.triage.domain.TriageClass.WARNING;

/**
 * The answers a person can tick in the self-check, one per row of clinical-rules 1, each with
 * the class the clinic gives it. The page's wording is in the message bundle
 * (selfcheck.answer.NAME).
 *
 * <p>The names are stored in self_checks.answers: renaming or removing one needs a migration
 * of the stored rows.
 */
public enum Symptom {
    /** Dull, symmetrical stiffness across low back, glutes, hamstrings, 24-48 h after lifting, easing with movement. */
    DULL_STIFFNESS(NORMAL_SORENESS),
    ONE_SIDED_PAIN(WARNING),
    /** Pain that shoots below the glutes, or down the leg below the knee when coughing: nerve or disc. */
    PAIN_BELOW_GLUTES(WARNING),
    BURNING_OR_TINGLING(WARNING),
    /** Worse when coughing or sneezing: possible disc. */
    WORSE_WHEN_COUGHING_OR_SNEEZING(WARNING),
    WORSE_AFTER_72_HOURS(WARNING),
    /** Lasted more than a few days, or limits bending, sitting, standing. */
    LASTING_OR_LIMITING(WARNING),
    /** Sharp, intense pain, not a dull ache. */
    SHARP_PAIN(WARNING),
    /** Cannot do 10 bodyweight hip hinges without a spike in pain. */
    HIP_HINGE_PAIN(WARNING),
    NUMBNESS(RED_FLAG),
    /** Leg weakness, or weakness that is getting worse. */
    LEG_WEAKNESS(RED_FLAG),
    LOSS_OF_BLADDER_OR_BOWEL_CONTROL(EMERGENCY);

    private final TriageClass triageClass;

    Symptom(TriageClass triageClass) {
        this.triageClass = triageClass;
    }

    public TriageClass triageClass() {
        return triageClass;
    }
}
