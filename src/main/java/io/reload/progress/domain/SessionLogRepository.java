package io.reload.progress.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Logged sessions. */
@ApplicationScoped
public class SessionLogRepository {

    @PersistenceContext
    EntityManager em;

    public SessionLog add(SessionLog log) {
        em.persist(log);
        return log;
    }

    public Optional<SessionLog> find(long id) {
        return Optional.ofNullable(em.find(SessionLog.class, id));
    }

    /** A client's sessions in time order, for charts and exports. */
    public List<SessionLog> ofClient(long clientId) {
        return em.createQuery(
                        "select s from SessionLog s where s.client.id = :client order by s.day, s.id", SessionLog.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** The sessions logged on a plan in time order, with what was done in them. */
    public List<SessionLog> ofPlan(long planId) {
        return em.createQuery(
                        "select distinct s from SessionLog s left join fetch s.exercises where s.planId = :plan order by s.day, s.id",
                        SessionLog.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** One page of a client's sessions, newest first. */
    public List<SessionLog> pageOfClient(long clientId, int first, int size) {
        return em.createQuery(
                        "select s from SessionLog s where s.client.id = :client order by s.day desc, s.id desc",
                        SessionLog.class)
                .setParameter("client", clientId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfClient(long clientId) {
        return em.createQuery("select count(s) from SessionLog s where s.client.id = :client", Long.class)
                .setParameter("client", clientId)
                .getSingleResult();
    }

    /** One page of the sessions logged on a plan, newest first: a plan's history shows no other plan's sessions. */
    public List<SessionLog> pageOfPlan(long planId, int first, int size) {
        return em.createQuery(
                        "select s from SessionLog s where s.planId = :plan order by s.day desc, s.id desc",
                        SessionLog.class)
                .setParameter("plan", planId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfPlan(long planId) {
        return em.createQuery("select count(s) from SessionLog s where s.planId = :plan", Long.class)
                .setParameter("plan", planId)
                .getSingleResult();
    }

    /** Sessions with a red flag since the instant, newest first, for staff. */
    public List<SessionLog> redFlagsSince(Instant since, int limit) {
        return em.createQuery(
                        "select s from SessionLog s join fetch s.client where s.redFlag = true and s.loggedAt >= :since order by s.loggedAt desc",
                        SessionLog.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }
}
