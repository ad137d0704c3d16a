package io.reload.progress.service;

import io.reload.triage.domain.Symptom;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A red flag a client reported with a session, for staff. */
public record RedFlagAlert(String clientName, LocalDate day, List<Symptom> symptoms) implements Serializable {
    public String getClientName() {
        return clientName;
    }

    public LocalDate getDay() {
        return day;
    }

    public List<Symptom> getSymptoms() {
        return symptoms;
    }
}
