package io.reload.shared.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the earlier values of corrected records, in the correction's transaction: a session's
 * pain and note, a screen's findings. A field that did not change leaves no row.
 */
@Dependent
public class Amendments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    /** The caller changed a field of a record from one value to another (values as text; null for none). */
    public void changed(AmendedRecord kind, long recordId, String field, Object before, Object after) {
        String was = before == null ? null : before.toString();
        String is = after == null ? null : after.toString();
        if (!Objects.equals(was, is)) {
            em.persist(new Amendment(kind, recordId, field, was, is, caller.getName(), clock.instant()));
        }
    }

    /** The earlier values of a record, newest first. */
    public List<Amendment> of(AmendedRecord kind, long recordId) {
        return em.createQuery("""
                select a from Amendment a where a.recordKind = :kind and a.recordId = :id order by a.amendedAt desc, a.id desc""", Amendment.class)
                .setParameter("kind", kind)
                .setParameter("id", recordId)
                .getResultList();
    }
}
