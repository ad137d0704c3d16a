package io.reload.shared.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the audit log. Services call it where someone other than the client reads the client's
 * health data (a therapist's plan and progress pages, staff's drill-down), inside their own
 * transaction, so a view that fails leaves no entry and a view that happened always has one.
 */
@Dependent
public class AuditTrail {

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

    /** The caller viewed a list of clients' data at once (a dashboard page, an export): a row for each. */
    public <T> void viewedEach(
            Collection<T> shown, Function<T, Long> clientId, Function<T, String> clientName, String what) {
        Set<Long> recorded = new HashSet<>();
        for (T item : shown) {
            Long id = clientId.apply(item);
            if (id != null && recorded.add(id)) { // no client (an anonymous self-check), or already on record
                viewed(id, clientName.apply(item), what);
            }
        }
    }

    /** The caller viewed something that names no client (the audit log itself). */
    public void viewedMany(String what) {
        em.persist(new AuditEntry(caller.getName(), null, null, what, clock.instant()));
    }
}
