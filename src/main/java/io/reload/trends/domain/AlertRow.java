package io.reload.trends.domain;

import java.time.Instant;

/**
 * One alert of the Clinic overview as read from its source table: when it happened, whose it is
 * (name and id, both null for a self-check nobody has booked with yet), the detail (a red flag's symptoms as stored,
 * a no-show's therapist), and who acknowledged it when (both null while it is open).
 */
public record AlertRow(
        AlertKind kind,
        long sourceId,
        Instant at,
        String clientName,
        String detail,
        Long clientId,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    static AlertRow of(AlertKind kind, Object[] columns) {
        return new AlertRow(
                kind,
                (Long) columns[0],
                (Instant) columns[1],
                (String) columns[2],
                (String) columns[3],
                (Long) columns[4],
                columns.length > 5 ? (String) columns[5] : null,
                columns.length > 6 ? (Instant) columns[6] : null);
    }
}
