package io.reload.trends.domain;

import io.reload.shared.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log, newest first, filtered by viewer, client and time (UTC). */
@ApplicationScoped
public class AuditLogRepository {

    /** Filters; each optional. Texts match anywhere in the viewer's email or the client's name. */
    public record Filter(String viewer, String client, Instant from, Instant until) {}

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> page(Filter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry)
                .where(matching(cb, entry, filter))
                .orderBy(cb.desc(entry.get("viewedAt")), cb.desc(entry.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (filter.viewer() != null) {
            conditions.add(
                    cb.like(cb.lower(entry.get("viewerEmail")), TrendRepository.containing(filter.viewer()), '\\'));
        }
        if (filter.client() != null) {
            conditions.add(
                    cb.like(cb.lower(entry.get("clientName")), TrendRepository.containing(filter.client()), '\\'));
        }
        if (filter.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(entry.get("viewedAt"), filter.from()));
        }
        if (filter.until() != null) {
            conditions.add(cb.lessThan(entry.get("viewedAt"), filter.until()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
