package io.reload.triage.web;

import static io.reload.triage.domain.Symptom.BURNING_OR_TINGLING;
import static io.reload.triage.domain.Symptom.DULL_STIFFNESS;
import static io.reload.triage.domain.Symptom.HIP_HINGE_PAIN;
import static io.reload.triage.domain.Symptom.LASTING_OR_LIMITING;
import static io.reload.triage.domain.Symptom.LEG_WEAKNESS;
import static io.reload.triage.domain.Symptom.LOSS_OF_BLADDER_OR_BOWEL_CONTROL;
import static io.reload.triage.domain.Symptom.NUMBNESS;
import static io.reload.triage.domain.Symptom.ONE_SIDED_PAIN;
import static io.reload.triage.domain.Symptom.PAIN_BELOW_GLUTES;
import static io.reload.triage.domain.Symptom.SHARP_PAIN;
import static io.reload.triage.domain.Symptom.WORSE_AFTER_72_HOURS;
import static io.reload.triage.domain.Symptom.WORSE_WHEN_COUGHING_OR_SNEEZING;

import io.reload.triage.domain.Symptom;
import java.util.List;

/**
 * How the self-check page groups the answers, one fieldset each, in the order a person thinks
 * about their back: how it feels, how it changed, what makes it worse, the legs, then the
 * bladder. Legends are in the bundle (selfcheck.group.NAME). Every answer is in exactly one group.
 */
public enum QuestionGroup {
    FEEL(DULL_STIFFNESS, ONE_SIDED_PAIN, SHARP_PAIN),
    COURSE(WORSE_AFTER_72_HOURS, LASTING_OR_LIMITING),
    MOVEMENT(WORSE_WHEN_COUGHING_OR_SNEEZING, HIP_HINGE_PAIN),
    LEGS(PAIN_BELOW_GLUTES, BURNING_OR_TINGLING, NUMBNESS, LEG_WEAKNESS),
    CONTROL(LOSS_OF_BLADDER_OR_BOWEL_CONTROL);

    private final List<Symptom> symptoms;

    QuestionGroup(Symptom... symptoms) {
        this.symptoms = List.of(symptoms);
    }

    public List<Symptom> getSymptoms() {
        return symptoms;
    }
}
