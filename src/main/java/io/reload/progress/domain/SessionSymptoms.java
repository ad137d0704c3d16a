package io.reload.progress.domain;

import io.reload.triage.domain.Symptom;
import io.reload.triage.domain.Triage;
import io.reload.triage.domain.TriageClass;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * New symptoms a client can report with a session: the warning, red-flag and emergency answers of
 * the self-check (clinical-rules 1). A red flag or an emergency alerts staff.
 */
public final class SessionSymptoms {

    private SessionSymptoms() {}

    /** The answers offered with a session: every one but normal soreness. */
    public static List<Symptom> offered() {
        return Arrays.stream(Symptom.values())
                .filter(symptom -> symptom.triageClass() != TriageClass.NORMAL_SORENESS)
                .toList();
    }

    public static boolean isRedFlag(Set<Symptom> reported) {
        TriageClass worst = Triage.classify(reported).triageClass();
        return worst == TriageClass.RED_FLAG || worst == TriageClass.EMERGENCY;
    }

    public static boolean isEmergency(Set<Symptom> reported) {
        return Triage.classify(reported).triageClass() == TriageClass.EMERGENCY;
    }
}
