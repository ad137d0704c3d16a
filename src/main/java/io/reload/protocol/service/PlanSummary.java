package io.reload.protocol.service;

import io.reload.protocol.domain.Plan;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A client's plan in a therapist's list. */
public class PlanSummary implements Serializable {

    private final long id;
    private final long clientId;
    private final String clientName;
    private final String phaseName;
    private final int phasePosition;
    private final LocalDate startsOn;

    PlanSummary(Plan plan, Locale reader) {
        this.id = plan.getId();
        this.clientId = plan.getClient().getId();
        this.clientName = plan.getClient().getFullName();
        this.phaseName = plan.currentPhase().name(reader);
        this.phasePosition = plan.getPhaseIndex() + 1;
        this.startsOn = plan.getStartsOn();
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
