package io.reload.trends.domain;

import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

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

    /**
     * One page of the rows of the active plans this therapist assigned whose clients need their
     * attention, by client name: the SQL form of {@link AttentionRule#needed}, so that a page
     * reads only those rows however many clients the therapist has. The rule itself still says
     * why for each row.
     */
    public List<TrendOfPlan> needingAttentionOfTherapist(long therapistId, LocalDate today, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TrendOfPlan> query = cb.createQuery(TrendOfPlan.class);
        Root<ClientTrend> trend = query.from(ClientTrend.class);
        Root<Plan> plan = query.from(Plan.class);
        query.select(cb.construct(TrendOfPlan.class, trend, plan.get("startsOn")))
                .where(needingAttention(cb, trend, plan, therapistId, today))
                .orderBy(cb.asc(trend.get("clientName")), cb.asc(trend.get("clientId")));
        return em.createQuery(query)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countNeedingAttentionOfTherapist(long therapistId, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ClientTrend> trend = query.from(ClientTrend.class);
        Root<Plan> plan = query.from(Plan.class);
        query.select(cb.count(trend)).where(needingAttention(cb, trend, plan, therapistId, today));
        return em.createQuery(query).getSingleResult();
    }

    /** The therapist's active plans' rows with one of the rule's flags, or no session (or start) since its quiet day. */
    private static Predicate[] needingAttention(
            CriteriaBuilder cb, Root<ClientTrend> trend, Root<Plan> plan, long therapistId, LocalDate today) {
        List<Predicate> reasons = new ArrayList<>();
        for (TrendFlag flag : AttentionRule.THERAPIST_FLAGS) {
            reasons.add(cb.isTrue(trend.get(TrendSort.flagField(flag))));
        }
        Expression<LocalDate> quietSince =
                cb.coalesce(trend.<LocalDate>get("lastLoggedOn"), plan.<LocalDate>get("startsOn"));
        reasons.add(cb.lessThanOrEqualTo(quietSince, AttentionRule.lastQuietDay(today)));
        return new Predicate[] {
            cb.equal(plan.get("id"), trend.get("planId")),
            cb.equal(plan.get("therapist").get("id"), therapistId),
            cb.equal(plan.get("status"), PlanStatus.ACTIVE),
            cb.or(reasons.toArray(Predicate[]::new))
        };
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
