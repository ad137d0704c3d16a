package io.reload.triage.domain;

import java.util.EnumSet;
import java.util.Set;

/** The rule of clinical-rules 1: the worst answer decides what the person is offered. */
public final class Triage {

    private Triage() {}

    /**
     * Classifies a self-check. With nothing ticked the person reported none of the signs that
     * need a closer look, so it is normal soreness: they are reassured and may still book a
     * free screen. Refusing or escalating an empty check would only teach people to tick
     * something to get past it.
     */
    public static TriageOutcome classify(Set<Symptom> answers) {
        TriageClass worst = TriageClass.NORMAL_SORENESS;
        for (Symptom answer : answers) {
            if (answer.triageClass().isWorseThan(worst)) {
                worst = answer.triageClass();
            }
        }
        Set<Symptom> raisedBy = EnumSet.noneOf(Symptom.class);
        for (Symptom answer : answers) {
            if (answer.triageClass() == worst) {
                raisedBy.add(answer);
            }
        }
        return new TriageOutcome(worst, raisedBy);
    }
}
