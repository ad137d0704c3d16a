package io.reload.account.service;

import io.reload.shared.audit.SecurityEvent;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Staff read the security events, newest first, filtered by kind, email (whose or by whom) and UTC days. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class SecurityLogService {

    /** What staff look for; every part may be empty. The last day is included. */
    public record Filter(SecurityEventKind kind, String email, LocalDate fromDay, LocalDate untilDay) {}

    @PersistenceContext
    EntityManager em;

    public List<SecurityEvent> page(Filter filter, int first, int size) {
        return query("select e", filter, SecurityEvent.class, " order by e.occurredAt desc, e.id desc")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList();
    }

    public long count(Filter filter) {
        return query("select count(e)", filter, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from SecurityEvent e where 1 = 1");
        String email = filter.email() == null || filter.email().isBlank()
                ? null
                : "%" + filter.email().strip().toLowerCase(Locale.ROOT) + "%";
        if (filter.kind() != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (email != null) {
            jpql.append(" and (lower(e.accountEmail) like :email or lower(e.actorEmail) like :email)");
        }
        if (filter.fromDay() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (filter.untilDay() != null) {
            jpql.append(" and e.occurredAt < :until");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (email != null) {
            query.setParameter("email", email);
        }
        if (filter.fromDay() != null) {
            query.setParameter("from", filter.fromDay().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.untilDay() != null) {
            query.setParameter(
                    "until", filter.untilDay().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return query;
    }
}
