package io.reload.shared.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the audit log. Services call it where someone other than the client reads the client's
 * health data (a therapist's plan and progress pages, staff's drill-down), inside their own
 * transaction, so a view that fails leaves no entry and a view that happened always has one.
 */
@Dependent
public class AuditTrail {

    private static final int ROWS_PER_STATEMENT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    /** The caller viewed this client's data; "what" names the page or export. */
    public void viewed(long clientId, String clientName, String what) {
        em.persist(new AuditEntry(caller.getName(), clientId, clientName, what, clock.instant()));
    }

    /** A list of clients a page showed: how to tell each item's client, and what the list was. */
    public record ViewedList<T>(
            Collection<T> shown, Function<T, Long> clientId, Function<T, String> clientName, String what) {}

    /**
     * The caller viewed a list of clients' data at once (a dashboard page, an export): a row for
     * each, written a hundred rows to a statement, not one statement each (the ids come from the
     * table, so Hibernate could not batch them).
     */
    public <T> void viewedEach(
            Collection<T> shown, Function<T, Long> clientId, Function<T, String> clientName, String what) {
        viewedEach(List.of(new ViewedList<>(shown, clientId, clientName, what)));
    }

    /** The caller viewed several lists on one page: their rows written together, as for one list. */
    public void viewedEach(List<ViewedList<?>> lists) {
        List<Viewed> rows = new ArrayList<>();
        for (ViewedList<?> list : lists) {
            rows.addAll(rowsOf(list));
        }
        Instant now = clock.instant();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)), now);
        }
    }

    /** One row to write: a client, once per list, and the list they were seen in. */
    private record Viewed(long clientId, String clientName, String what) {}

    private static <T> List<Viewed> rowsOf(ViewedList<T> list) {
        Map<Long, String> clients = new LinkedHashMap<>();
        for (T item : list.shown()) {
            Long id = list.clientId().apply(item);
            if (id != null) { // no client: an anonymous self-check
                clients.putIfAbsent(id, list.clientName().apply(item));
            }
        }
        return clients.entrySet().stream()
                .map(client -> new Viewed(client.getKey(), client.getValue(), list.what()))
                .toList();
    }

    private void insert(List<Viewed> rows, Instant now) {
        String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?)"));
        Query insert = em.createNativeQuery(
                "insert into audit_log (viewer_email, client_id, client_name, what, viewed_at, created_at) values "
                        + values);
        int position = 1;
        for (Viewed row : rows) {
            insert.setParameter(position++, caller.getName());
            insert.setParameter(position++, row.clientId());
            insert.setParameter(position++, row.clientName());
            insert.setParameter(position++, row.what());
            insert.setParameter(position++, now);
            insert.setParameter(position++, now);
        }
        insert.executeUpdate();
    }

    /** The caller viewed something that names no client (the audit log itself). */
    public void viewedMany(String what) {
        em.persist(new AuditEntry(caller.getName(), null, null, what, clock.instant()));
    }
}
