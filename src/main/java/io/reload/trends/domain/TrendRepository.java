package io.reload.trends.domain;

import io.reload.protocol.domain.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's rows. Sorting, filtering and paging happen in SQL (Criteria queries); the order
 * comes only from {@link TrendSort} constants, never from text a browser sent.
 */
@ApplicationScoped
public class TrendRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ClientTrend> findForUpdate(long clientId) {
        return Optional.ofNullable(em.find(ClientTrend.class, clientId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(ClientTrend trend) {
        em.persist(trend);
    }

    public void remove(ClientTrend trend) {
        em.remove(trend);
    }

    /** The rows of the active plans this therapist assigned, by client name. */
    public List<TrendOfPlan> ofTherapistsActivePlans(long therapistId) {
        return em.createQuery("""
                        select new io.reload.trends.domain.TrendOfPlan(t, p.startsOn) from ClientTrend t, Plan p
                        where p.id = t.planId and p.therapist.id = :therapist and p.status = :active
                        order by t.clientName, t.clientId""", TrendOfPlan.class)
                .setParameter("therapist", therapistId)
                .setParameter("active", PlanStatus.ACTIVE)
                .getResultList();
    }

    public List<ClientTrend> page(TrendFilter filter, TrendSort sort, boolean ascending, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ClientTrend> query = cb.createQuery(ClientTrend.class);
        Root<ClientTrend> trend = query.from(ClientTrend.class);
        query.select(trend).where(matching(cb, trend, filter)).orderBy(sort.orders(cb, trend, ascending));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(TrendFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ClientTrend> trend = query.from(ClientTrend.class);
        query.select(cb.count(trend)).where(matching(cb, trend, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<ClientTrend> trend, TrendFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (filter.therapistId() != null) {
            conditions.add(cb.equal(trend.get("therapistId"), filter.therapistId()));
        }
        if (filter.flaggedOnly()) {
            conditions.add(cb.gt(trend.get("flagCount"), 0));
        }
        if (filter.flag() != null) {
            conditions.add(cb.isTrue(trend.get(TrendSort.flagField(filter.flag()))));
        }
        if (filter.name() != null) {
            conditions.add(cb.like(cb.lower(trend.get("clientName")), containing(filter.name()), '\\'));
        }
        return conditions.toArray(Predicate[]::new);
    }

    /** A LIKE pattern for text anywhere, with the text's own % and _ taken literally. */
    static String containing(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
