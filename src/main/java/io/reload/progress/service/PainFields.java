package io.reload.progress.service;

import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.PainScore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Pain before and after a session (whole numbers 0-10) and a note: what logging and correcting share. */
public abstract class PainFields implements Serializable {

    @NotNull(message = "{session.pain.required}")
    @Min(value = PainScore.MIN, message = "{session.pain.range}")
    @Max(value = PainScore.MAX, message = "{session.pain.range}")
    private Integer painBefore;

    @NotNull(message = "{session.pain.required}")
    @Min(value = PainScore.MIN, message = "{session.pain.range}")
    @Max(value = PainScore.MAX, message = "{session.pain.range}")
    private Integer painAfter;

    @Size(max = SessionLog.MAX_NOTE, message = "{session.note.tooLong}")
    private String note;

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
