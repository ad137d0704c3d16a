package io.reload.shared.audit;

import io.reload.shared.security.TrustedProxies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes security events. An attempt ({@link #record}) in a transaction of its own: a refused
 * one rolls its own work back but must still be on record; a change ({@link #recordChange}) in
 * the change's transaction, so only a change that happened is on record. The address is
 * the client's as {@link TrustedProxies} sees it; who did it is the signed-in caller, kept only
 * when that is someone else than the account the event is about.
 */
@ApplicationScoped
public class SecurityLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TrustedProxies proxies;

    @Inject
    HttpServletRequest request;

    /** The caller as the container knows it, also inside a service running as someone (run-as). */
    @Inject
    Principal caller;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String accountEmail, String detail) {
        persist(kind, accountEmail, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(SecurityEventKind kind, String accountEmail, String detail) {
        persist(kind, accountEmail, detail);
    }

    private void persist(SecurityEventKind kind, String accountEmail, String detail) {
        String actor = callerName();
        em.persist(new SecurityEvent(
                kind,
                accountEmail,
                Objects.equals(actor, accountEmail) ? null : actor,
                clientAddress(),
                detail,
                clock.instant()));
    }

    private String callerName() {
        try {
            String name = caller.getName();
            return name == null || name.equalsIgnoreCase("ANONYMOUS") ? null : name;
        } catch (ContextNotActiveException | IllegalStateException noCaller) {
            return null; // a timer or a startup job: nobody is calling
        }
    }

    private String clientAddress() {
        try {
            return proxies.clientAddress(request);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
