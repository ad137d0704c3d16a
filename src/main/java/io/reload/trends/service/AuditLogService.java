package io.reload.trends.service;

import io.reload.shared.audit.AuditTrail;
import io.reload.shared.security.Roles;
import io.reload.trends.domain.AuditLogRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Staff read who viewed which client's health data, when (UTC). */
@Stateless
@RolesAllowed(Roles.STAFF)
public class AuditLogService {

    @Inject
    AuditLogRepository log;

    @Inject
    AuditTrail audit;

    /** A page of the log; reading it goes on the log too (who looked at who saw what). */
    public List<AuditRow> page(
            String viewer, String client, LocalDate fromDay, LocalDate untilDay, int first, int size) {
        audit.viewedMany("audit log"
                + (client == null || client.isBlank() ? "" : ", client contains \"" + client.strip() + "\""));
        return log
                .page(filter(viewer, client, fromDay, untilDay), Math.max(0, first), Math.min(Math.max(1, size), 200))
                .stream()
                .map(entry -> new AuditRow(
                        entry.getViewedAt(), entry.getViewerEmail(), entry.getClientName(), entry.getWhat()))
                .toList();
    }

    public long count(String viewer, String client, LocalDate fromDay, LocalDate untilDay) {
        return log.count(filter(viewer, client, fromDay, untilDay));
    }

    /** Days are UTC days, as the log keeps time; the last day is included. */
    private static AuditLogRepository.Filter filter(
            String viewer, String client, LocalDate fromDay, LocalDate untilDay) {
        return new AuditLogRepository.Filter(
                blankToNull(viewer),
                blankToNull(client),
                fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                untilDay == null ? null : untilDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
