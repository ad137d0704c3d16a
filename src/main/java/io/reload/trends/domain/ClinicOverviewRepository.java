package io.reload.trends.domain;

import io.reload.account.domain.Account;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.ScreenStatus;
import io.reload.protocol.domain.PlanStatus;
import io.reload.triage.domain.TriageClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What staff's Clinic overview reads, straight from the other features' tables (read only, like
 * {@link TrendSources}): today's screens, the alerts with their acknowledgements, and counts
 * worked out by the database.
 */
@ApplicationScoped
public class ClinicOverviewRepository {

    @PersistenceContext
    EntityManager em;

    /** The screens that start in [from, until), cancelled ones left out, earliest first. */
    public List<Screen> screensBetween(Instant from, Instant until) {
        return em.createQuery("""
                        select s from Screen s join fetch s.client join fetch s.therapist
                        where s.startAt >= :from and s.startAt < :until and s.status <> :cancelled
                        order by s.startAt, s.therapist.fullName""", Screen.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("cancelled", ScreenStatus.CANCELLED)
                .getResultList();
    }

    /**
     * Alerts of the kind since the instant, each with who acknowledged it when (nulls while it is
     * open): the open ones first, then the acknowledged, each newest first, at most so many. One
     * statement serves both of the overview's lists.
     */
    public List<AlertRow> alerts(AlertKind kind, Instant since, int limit) {
        String columns = switch (kind) {
            case EMERGENCY_SELF_CHECK -> "x.id, x.createdAt, cl.fullName, '', cl.id";
            case RED_FLAG -> "x.id, x.loggedAt, cl.fullName, x.symptoms, cl.id";
            case NO_SHOW -> "x.id, x.startAt, cl.fullName, th.fullName, cl.id";
        };
        String source = switch (kind) {
            case EMERGENCY_SELF_CHECK -> "SelfCheck x left join x.client cl";
            case RED_FLAG -> "SessionLog x join x.client cl";
            case NO_SHOW -> "Screen x join x.client cl join x.therapist th";
        };
        String condition = switch (kind) {
            case EMERGENCY_SELF_CHECK -> "x.outcome = :emergency and x.createdAt >= :since";
            case RED_FLAG -> "x.redFlag = true and x.loggedAt >= :since";
            case NO_SHOW -> "x.status = :noShow and x.startAt >= :since";
        };
        String time = switch (kind) {
            case EMERGENCY_SELF_CHECK -> "x.createdAt";
            case RED_FLAG -> "x.loggedAt";
            case NO_SHOW -> "x.startAt";
        };
        String jpql = "select " + columns + ", staff.fullName, a.acknowledgedAt from " + source
                + " left join AlertAcknowledgement a on a.kind = :kind and a.sourceId = x.id"
                + " left join a.acknowledgedBy staff where " + condition
                + " order by case when a.acknowledgedAt is null then 0 else 1 end, " + time + " desc";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("since", since)
                .setParameter("kind", kind)
                .setMaxResults(limit);
        if (kind == AlertKind.EMERGENCY_SELF_CHECK) {
            query.setParameter("emergency", TriageClass.EMERGENCY);
        } else if (kind == AlertKind.NO_SHOW) {
            query.setParameter("noShow", ScreenStatus.NO_SHOW);
        }
        return query.getResultList().stream().map(row -> AlertRow.of(kind, row)).toList();
    }

    /** Whether the alert's source exists and is an alert of that kind (an emergency, a red flag, a no-show). */
    public boolean isAlert(AlertKind kind, long sourceId) {
        String jpql = switch (kind) {
            case EMERGENCY_SELF_CHECK -> "select count(x) from SelfCheck x where x.id = :id and x.outcome = :emergency";
            case RED_FLAG -> "select count(x) from SessionLog x where x.id = :id and x.redFlag = true";
            case NO_SHOW -> "select count(x) from Screen x where x.id = :id and x.status = :noShow";
        };
        TypedQuery<Long> query = em.createQuery(jpql, Long.class).setParameter("id", sourceId);
        if (kind == AlertKind.EMERGENCY_SELF_CHECK) {
            query.setParameter("emergency", TriageClass.EMERGENCY);
        } else if (kind == AlertKind.NO_SHOW) {
            query.setParameter("noShow", ScreenStatus.NO_SHOW);
        }
        return query.getSingleResult() > 0;
    }

    /** The client's latest missed screen (demo data acknowledges one). */
    public Optional<Long> latestNoShowOf(String clientEmail) {
        return em.createQuery(
                        "select s.id from Screen s where s.client.email = :email and s.status = :noShow order by s.startAt desc",
                        Long.class)
                .setParameter("email", Account.normalizeEmail(clientEmail))
                .setParameter("noShow", ScreenStatus.NO_SHOW)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<AlertAcknowledgement> acknowledgementOf(AlertKind kind, long sourceId) {
        return em.createQuery(
                        "select a from AlertAcknowledgement a where a.kind = :kind and a.sourceId = :id",
                        AlertAcknowledgement.class)
                .setParameter("kind", kind)
                .setParameter("id", sourceId)
                .getResultStream()
                .findFirst();
    }

    public void add(AlertAcknowledgement acknowledgement) {
        em.persist(acknowledgement);
        em.flush(); // a racing second acknowledgement meets the unique key here, inside the use case
    }

    public Optional<Account> accountByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * This week's figures, worked out by the database in one statement: active plans, flagged
     * clients, and the screens starting in [from, until) that were not cancelled and that were
     * missed.
     */
    public WeekFigures weekFigures(Instant from, Instant until) {
        Object[] figures = em.createQuery("""
                        select
                            (select count(p) from Plan p where p.status = :active),
                            (select count(t) from ClientTrend t where t.flagCount > 0),
                            (select count(s) from Screen s where s.startAt >= :from and s.startAt < :until and s.status <> :cancelled),
                            (select count(s) from Screen s where s.startAt >= :from and s.startAt < :until and s.status = :noShow)""", Object[].class)
                .setParameter("active", PlanStatus.ACTIVE)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("cancelled", ScreenStatus.CANCELLED)
                .setParameter("noShow", ScreenStatus.NO_SHOW)
                .getSingleResult();
        return new WeekFigures((Long) figures[0], (Long) figures[1], (Long) figures[2], (Long) figures[3]);
    }

    /** The overview's counts: what {@link #weekFigures} reads. */
    public record WeekFigures(long activePlans, long flaggedClients, long screens, long noShows) {}
}
