package io.reload.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A phase's name and purpose in a language other than the one its template is written in. */
@Embeddable
public class PhaseWording implements Serializable {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String purpose;

    protected PhaseWording() {
        // for JPA
    }

    public PhaseWording(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }
}
