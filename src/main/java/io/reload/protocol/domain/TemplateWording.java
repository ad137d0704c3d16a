package io.reload.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A template's name and description in a language other than the one it is written in. */
@Embeddable
public class TemplateWording implements Serializable {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    protected TemplateWording() {
        // for JPA
    }

    public TemplateWording(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
