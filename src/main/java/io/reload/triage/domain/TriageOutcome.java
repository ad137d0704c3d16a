package io.reload.triage.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a self-check comes to: the worst class among the answers, and the answers of that class. */
public final class TriageOutcome {

    private final TriageClass triageClass;
    private final Set<Symptom> raisedBy;

    TriageOutcome(TriageClass triageClass, Set<Symptom> raisedBy) {
        this.triageClass = Objects.requireNonNull(triageClass);
        this.raisedBy = Collections.unmodifiableSet(
                raisedBy.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(raisedBy));
    }

    public TriageClass triageClass() {
        return triageClass;
    }

    /** The answers that decided the outcome; empty only when nothing was ticked. */
    public Set<Symptom> raisedBy() {
        return raisedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TriageOutcome that && triageClass == that.triageClass && raisedBy.equals(that.raisedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(triageClass, raisedBy);
    }

    @Override
    public String toString() {
        return triageClass + " raised by " + raisedBy;
    }
}
