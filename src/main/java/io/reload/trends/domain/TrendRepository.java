package io.reload.trends.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's rows. Sorting, filtering and paging happen in SQL; the ORDER BY comes only
 * from {@link TrendSort} constants, never from text a browser sent.
 */
@ApplicationScoped
public class TrendRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ClientTrend> findForUpdate(long clientId) {
        return Optional.ofNullable(em.find(ClientTrend.class, clientId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ClientTrend> find(long clientId) {
        return Optional.ofNullable(em.find(ClientTrend.class, clientId));
    }

    public void add(ClientTrend trend) {
        em.persist(trend);
    }

    public void remove(ClientTrend trend) {
        em.remove(trend);
    }

    public List<ClientTrend> page(TrendFilter filter, TrendSort sort, boolean ascending, int first, int size) {
        TypedQuery<ClientTrend> query = em.createQuery("select t from ClientTrend t" + where(filter) + " order by " + sort.orderBy(ascending), ClientTrend.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(TrendFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(t) from ClientTrend t" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** Conditions from the filter's fields; the flag's column comes from the {@link TrendFlag} allow-list. */
    private static String where(TrendFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.therapistId() != null) {
            where.append(" and t.therapistId = :therapist");
        }
        if (filter.flag() != null) {
            where.append(" and t.").append(TrendSort.flagField(filter.flag())).append(" = true");
        }
        if (filter.name() != null) {
            where.append(" and lower(t.clientName) like :name");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, TrendFilter filter) {
        if (filter.therapistId() != null) {
            query.setParameter("therapist", filter.therapistId());
        }
        if (filter.name() != null) {
            query.setParameter("name", "%" + filter.name().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }
}
