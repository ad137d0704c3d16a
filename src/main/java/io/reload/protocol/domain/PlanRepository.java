package io.reload.protocol.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plans and their events. */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * A plan with what showing it takes, in one statement: the people, its protocol copy's
     * names and where it stands (loads, passed gate tests). The phases come next, in one
     * statement for all ({@code hibernate.default_batch_fetch_size}).
     */
    private static final String PLAN_TO_SHOW = """
            select p from Plan p
            join fetch p.client join fetch p.therapist join fetch p.protocol t left join fetch t.translations
            left join fetch p.workingLoadsKg left join fetch p.passedGateTests
            """;

    public Optional<Plan> find(long id) {
        return em
                .createQuery(PLAN_TO_SHOW + " where p.id = :id", Plan.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The plan, locked against a second writer until the transaction ends. */
    public Optional<Plan> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks a plan read without a lock, and reads it again as it stands now. */
    public void lock(Plan plan) {
        em.refresh(plan, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Lets go of a plan read here, so that nothing done to it is written: for reading a plan as
     * it stands today without writing the day's catch-up. Its loads and passed gate tests are
     * read first, since a detached plan can no longer load them, and its protocol's content
     * with them, in two statements (phases, then prescriptions, each with its translations)
     * rather than one for each kind of thing.
     */
    public void detachToRead(Plan plan) {
        plan.progress();
        em.createQuery("""
                        select t from ProtocolTemplate t left join fetch t.phases ph left join fetch ph.translations
                        where t = :protocol order by ph.position""", ProtocolTemplate.class)
                .setParameter("protocol", plan.getProtocol())
                .getResultList();
        em.createQuery("""
                        select ph from ProtocolPhase ph left join fetch ph.prescriptions pr left join fetch pr.translations
                        where ph.template = :protocol order by ph.position, pr.position""", ProtocolPhase.class)
                .setParameter("protocol", plan.getProtocol())
                .getResultList();
        em.detach(plan);
    }

    /** The client's active plan (the newest, should an older one not have ended). */
    public Optional<Plan> activeOf(long clientId) {
        // no setMaxResults: with collections fetched, Hibernate would cut the rows in memory
        return em
                .createQuery(
                        PLAN_TO_SHOW
                                + " where p.client.id = :client and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE order by p.id desc",
                        Plan.class)
                .setParameter("client", clientId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Active plans whose calendar rules have not run up to the day (started or not), at most so many. */
    public List<Long> activeNotEvaluatedThrough(LocalDate day, int max) {
        return em.createQuery(
                        "select p.id from Plan p where p.status = io.reload.protocol.domain.PlanStatus.ACTIVE and p.evaluatedThrough < :day and p.startsOn <= :day order by p.id",
                        Long.class)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * One page of a therapist's active plans, by client name, each with its phase's name in the
     * reader's language (as written when it has no translation), in one statement however many
     * plans the therapist has. A plan's protocol is its own copy, whose phases are numbered from
     * 1 in order and never change, so its current phase is the one at {@code phaseIndex + 1}.
     */
    public List<PlanLine> activeLinesOfTherapist(long therapistId, Locale reader, int first, int max) {
        return em.createQuery("""
                        select new io.reload.protocol.domain.PlanLine(
                            p.id, c.id, c.fullName, coalesce(wording.name, ph.name), p.phaseIndex + 1, p.startsOn)
                        from Plan p join p.client c
                        join ProtocolPhase ph on ph.template = p.protocol and ph.position = p.phaseIndex + 1
                        left join ph.translations wording on key(wording) = :language
                        where p.therapist.id = :therapist and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE
                        order by c.fullName, p.id""", PlanLine.class)
                .setParameter("therapist", therapistId)
                .setParameter("language", reader == null ? "" : reader.getLanguage())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countActiveOfTherapist(long therapistId) {
        return em.createQuery("""
                        select count(p) from Plan p
                        where p.therapist.id = :therapist and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE""", Long.class)
                .setParameter("therapist", therapistId)
                .getSingleResult();
    }

    public Plan add(Plan plan) {
        em.persist(plan);
        return plan;
    }

    public void addEvent(PlanEvent event) {
        em.persist(event);
    }

    /** Newest first; with their plan, whose protocol names the phases they mention. */
    public List<PlanEvent> eventsOf(long planId) {
        return em.createQuery(
                        "select e from PlanEvent e join fetch e.plan left join fetch e.actor where e.plan.id = :plan order by e.id desc",
                        PlanEvent.class)
                .setParameter("plan", planId)
                .getResultList();
    }
}
