package io.reload.protocol.service;

import io.reload.protocol.domain.ScreenFindings;
import io.reload.protocol.domain.ScreenOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A screen's findings as the therapist edits them. Every heading is optional (not every
 * screen looks at every one); the outcome is not.
 */
public class FindingsForm implements Serializable {

    @Size(max = ScreenFindings.MAX_TEXT, message = "{findings.text.tooLong}")
    private String ergonomics;

    @Size(max = ScreenFindings.MAX_TEXT, message = "{findings.text.tooLong}")
    private String posture;

    @Size(max = ScreenFindings.MAX_TEXT, message = "{findings.text.tooLong}")
    private String muscleTone;

    @Size(max = ScreenFindings.MAX_TEXT, message = "{findings.text.tooLong}")
    private String muscleWeaknesses;

    @Size(max = ScreenFindings.MAX_TEXT, message = "{findings.text.tooLong}")
    private String movementPatterns;

    @NotNull(message = "{findings.outcome.required}")
    private ScreenOutcome outcome;

    /** The version the editor started from; null while the screen has no findings yet. */
    private Long version;

    public String getErgonomics() {
        return ergonomics;
    }

    public void setErgonomics(String ergonomics) {
        this.ergonomics = ergonomics;
    }

    public String getPosture() {
        return posture;
    }

    public void setPosture(String posture) {
        this.posture = posture;
    }

    public String getMuscleTone() {
        return muscleTone;
    }

    public void setMuscleTone(String muscleTone) {
        this.muscleTone = muscleTone;
    }

    public String getMuscleWeaknesses() {
        return muscleWeaknesses;
    }

    public void setMuscleWeaknesses(String muscleWeaknesses) {
        this.muscleWeaknesses = muscleWeaknesses;
    }

    public String getMovementPatterns() {
        return movementPatterns;
    }

    public void setMovementPatterns(String movementPatterns) {
        this.movementPatterns = movementPatterns;
    }

    public ScreenOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ScreenOutcome outcome) {
        this.outcome = outcome;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
    /** True once findings were saved for the screen. */
    public boolean isRecorded() {
        return version != null;
    }
}
