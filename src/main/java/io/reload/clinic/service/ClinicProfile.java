package io.reload.clinic.service;

import java.io.Serializable;
import java.time.ZoneId;

/** The clinic as pages show it. A JavaBean, not a record: EL 5 cannot read records. */
public class ClinicProfile implements Serializable {

    private final String name;
    private final ZoneId timeZone;

    public ClinicProfile(String name, ZoneId timeZone) {
        this.name = name;
        this.timeZone = timeZone;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }
}
