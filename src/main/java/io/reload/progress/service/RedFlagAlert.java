package io.reload.progress.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A red flag a client reported with a session, for staff. */
public record RedFlagAlert(String clientName, LocalDate day, String symptoms) implements Serializable {
    public String getClientName() { return clientName; }
    public LocalDate getDay() { return day; }
    public String getSymptoms() { return symptoms; }
}
