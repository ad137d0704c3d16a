package io.reload.trends.domain;

import io.reload.booking.domain.ScreenStatus;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.PlanStatus;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.triage.domain.TriageClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a trend is worked out from, read straight from the other features' tables (read only):
 * the dashboard summarises thousands of clients, and a round through four services per client
 * would cost more than the summary saves.
 */
@ApplicationScoped
public class TrendSources {

    @PersistenceContext
    EntityManager em;

    /** Plans per query of {@link #phasesOf}: an export's 50,000 ids would overrun a statement's parameters. */
    static final int PLANS_PER_QUERY = 1_000;

    /**
     * The phases of these plans' protocols, for naming a page of dashboard rows in the reader's
     * language: one query for a page (a thousand plans each for an export), not one per row.
     */
    public List<PlanPhase> phasesOf(List<Long> planIds) {
        List<PlanPhase> phases = new ArrayList<>();
        for (int from = 0; from < planIds.size(); from += PLANS_PER_QUERY) {
            List<Long> chunk = planIds.subList(from, Math.min(from + PLANS_PER_QUERY, planIds.size()));
            em.createQuery("""
                            select p.id, ph from Plan p join p.protocol t join t.phases ph
                            where p.id in :plans""", Object[].class).setParameter("plans", chunk).getResultList().stream()
                    .map(row -> new PlanPhase((Long) row[0], (ProtocolPhase) row[1]))
                    .forEach(phases::add);
        }
        return phases;
    }

    /** A phase of a plan's protocol. */
    public record PlanPhase(long planId, ProtocolPhase phase) {}

    public Optional<Plan> activePlanOf(long clientId) {
        return em.createQuery("""
                        select p from Plan p join fetch p.client join fetch p.therapist join fetch p.protocol
                        where p.client.id = :client and p.status = :active order by p.id desc""", Plan.class)
                .setParameter("client", clientId)
                .setParameter("active", PlanStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Clients with an active plan whose trend was last worked out before the day (or never). */
    public List<Long> clientsToRefresh(LocalDate today, int limit) {
        return em.createQuery("""
                        select p.client.id from Plan p where p.status = :active and not exists
                        (select t from ClientTrend t where t.clientId = p.client.id and t.computedOn >= :today)""", Long.class)
                .setParameter("active", PlanStatus.ACTIVE)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Trends of clients who no longer have an active plan. */
    public List<ClientTrend> trendsWithoutActivePlan(int limit) {
        return em.createQuery("""
                        select t from ClientTrend t where not exists
                        (select p from Plan p where p.client.id = t.clientId and p.status = :active)""", ClientTrend.class)
                .setParameter("active", PlanStatus.ACTIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<PainLog> logsOf(long planId) {
        return em.createQuery("""
                        select new io.reload.trends.domain.PainLog(s.day, s.loggedAt, s.painBefore, s.painAfter, s.redFlag)
                        from SessionLog s where s.planId = :plan order by s.day, s.loggedAt, s.id""", PainLog.class).setParameter("plan", planId).getResultList();
    }

    public List<LocalDate> movedBackSince(long planId, LocalDate since) {
        return em.createQuery(
                        "select e.effectiveOn from PlanEvent e where e.plan.id = :plan and e.kind = :kind and e.effectiveOn >= :since",
                        LocalDate.class)
                .setParameter("plan", planId)
                .setParameter("kind", PlanEventKind.MOVED_BACK)
                .setParameter("since", since)
                .getResultList();
    }

    public boolean emergencySelfCheckSince(long clientId, Instant since) {
        return em.createQuery(
                                "select count(c) from SelfCheck c where c.client.id = :client and c.outcome = :emergency and c.createdAt >= :since",
                                Long.class)
                        .setParameter("client", clientId)
                        .setParameter("emergency", TriageClass.EMERGENCY)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    public boolean missedScreenSince(long clientId, Instant since) {
        return em.createQuery(
                                "select count(s) from Screen s where s.client.id = :client and s.status = :noShow and s.startAt >= :since",
                                Long.class)
                        .setParameter("client", clientId)
                        .setParameter("noShow", ScreenStatus.NO_SHOW)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }
}
