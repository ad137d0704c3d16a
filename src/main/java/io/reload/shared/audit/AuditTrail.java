package io.reload.shared.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Clock;

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

    /** The caller viewed a list of many clients' data at once. */
    public void viewedMany(String what) {
        em.persist(new AuditEntry(caller.getName(), null, null, what, clock.instant()));
    }
}
