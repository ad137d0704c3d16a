package io.reload.protocol.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** A client's active plan as a therapist's list shows it: who, which phase, since when. */
public class PlanLine implements Serializable {

    private final long id;
    private final long clientId;
    private final String clientName;
    private final String phaseName;
    private final int phasePosition;
    private final LocalDate startsOn;

    /** For the query that reads a page of them ({@link PlanRepository#activeLinesOfTherapist}). */
    public PlanLine(
            long id, long clientId, String clientName, String phaseName, int phasePosition, LocalDate startsOn) {
        this.id = id;
        this.clientId = clientId;
        this.clientName = clientName;
        this.phaseName = phaseName;
        this.phasePosition = phasePosition;
        this.startsOn = startsOn;
    }

    public long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public int getPhasePosition() {
        return phasePosition;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }
}
