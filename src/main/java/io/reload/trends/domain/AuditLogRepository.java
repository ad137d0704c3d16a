package io.reload.trends.domain;

import io.reload.shared.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The audit log, newest first, filtered by viewer, client and time (UTC). */
@ApplicationScoped
public class AuditLogRepository {

    /** Filters; each optional. Texts match anywhere in the viewer's email or the client's name. */
    public record Filter(String viewer, String client, Instant from, Instant until) {
    }

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> page(Filter filter, int first, int size) {
        TypedQuery<AuditEntry> query = em.createQuery("select a from AuditEntry a" + where(filter) + " order by a.viewedAt desc, a.id desc", AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.viewer() != null) {
            where.append(" and lower(a.viewerEmail) like :viewer");
        }
        if (filter.client() != null) {
            where.append(" and lower(a.clientName) like :client");
        }
        if (filter.from() != null) {
            where.append(" and a.viewedAt >= :from");
        }
        if (filter.until() != null) {
            where.append(" and a.viewedAt < :until");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Filter filter) {
        if (filter.viewer() != null) {
            query.setParameter("viewer", contains(filter.viewer()));
        }
        if (filter.client() != null) {
            query.setParameter("client", contains(filter.client()));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
    }

    private static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
