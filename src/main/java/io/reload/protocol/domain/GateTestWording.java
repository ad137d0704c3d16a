package io.reload.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A gate test's description in a language other than its template's. */
@Embeddable
public class GateTestWording implements Serializable {

    @Column(nullable = false, length = GateTest.MAX_DESCRIPTION)
    private String description;

    protected GateTestWording() {
        // for JPA
    }

    public GateTestWording(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }
}
