package io.reload.protocol.service;

import io.reload.protocol.domain.ProtocolTemplate;
import java.io.Serializable;
import java.util.Locale;

/** A template in a list, in the reader's language: whose it is and whether the reader may edit it. */
public class TemplateSummary implements Serializable {

    private final long id;
    private final String name;
    private final String description;
    private final int phaseCount;
    private final boolean clinicDefault;
    private final boolean editable;

    TemplateSummary(ProtocolTemplate template, boolean editable, Locale reader) {
        this.id = template.getId();
        this.name = template.name(reader);
        this.description = template.description(reader);
        this.phaseCount = template.getPhases().size();
        this.clinicDefault = template.isClinicDefault();
        this.editable = editable;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPhaseCount() {
        return phaseCount;
    }

    public boolean isClinicDefault() {
        return clinicDefault;
    }

    public boolean isEditable() {
        return editable;
    }
}
