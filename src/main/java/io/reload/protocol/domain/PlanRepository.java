package io.reload.protocol.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Plans and their events. */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Plan> find(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    /** The plan, locked against a second writer until the transaction ends. */
    public Optional<Plan> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks a plan read without a lock, and reads it again as it stands now. */
    public void lock(Plan plan) {
        em.refresh(plan, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Plan> activeOf(long clientId) {
        return em.createQuery(
                        "select p from Plan p where p.client.id = :client and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE order by p.id desc",
                        Plan.class)
                .setParameter("client", clientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** A therapist's active plans, newest first. */
    public List<Plan> activeOfTherapist(long therapistId) {
        return em.createQuery("""
                        select p from Plan p join fetch p.client
                        where p.therapist.id = :therapist and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE
                        order by p.client.fullName, p.id""", Plan.class)
                .setParameter("therapist", therapistId)
                .getResultList();
    }

    public Plan add(Plan plan) {
        em.persist(plan);
        return plan;
    }

    public void addEvent(PlanEvent event) {
        em.persist(event);
    }

    /** Newest first. */
    public List<PlanEvent> eventsOf(long planId) {
        return em.createQuery(
                        "select e from PlanEvent e left join fetch e.actor where e.plan.id = :plan order by e.id desc",
                        PlanEvent.class)
                .setParameter("plan", planId)
                .getResultList();
    }
}
