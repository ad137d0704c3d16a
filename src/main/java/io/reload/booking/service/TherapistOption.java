package io.reload.booking.service;

import java.io.Serializable;

/** A therapist a client can choose. */
public class TherapistOption implements Serializable {

    private final long id;
    private final String name;

    public TherapistOption(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
