package io.reload.progress.service;

import java.time.LocalDate;

/** A correction of a past session: the pain scores and the note. */
public class CorrectionForm extends PainFields {

    private long sessionId;
    private LocalDate day;
    private long version;

    public long getSessionId() {
        return sessionId;
    }

    public void setSessionId(long sessionId) {
        this.sessionId = sessionId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
