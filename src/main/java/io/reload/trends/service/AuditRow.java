package io.reload.trends.service;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as staff read it; the time stays UTC, as recorded. */
public record AuditRow(Instant viewedAt, String viewer, String client, String what) implements Serializable {
    public Instant getViewedAt() {
        return viewedAt;
    }

    public String getViewer() {
        return viewer;
    }

    public String getClient() {
        return client;
    }

    public String getWhat() {
        return what;
    }
}
