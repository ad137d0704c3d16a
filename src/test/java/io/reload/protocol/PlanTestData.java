package io.reload.protocol;

import io.reload.account.domain.Account;
import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.ProtocolTemplate;
import io.reload.protocol.domain.WeightUnit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Plans written straight to the database, e.g. one that another therapist assigned. */
@Stateless
@PermitAll
public class PlanTestData {

    @PersistenceContext
    EntityManager em;

    /** A plan on a copy of the clinic's default protocol, 1RM 100 kg, 80 kg body weight, from the first phase. */
    public long plan(long clientId, long therapistId, LocalDate startsOn) {
        return plan(clientId, therapistId, startsOn, 0);
    }

    /** The same from the phase at this 0-based index; the client's other active plans end. */
    public long plan(long clientId, long therapistId, LocalDate startsOn, int phaseIndex) {
        em.createQuery(
                        "select p from Plan p where p.client.id = :client and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE",
                        Plan.class)
                .setParameter("client", clientId)
                .getResultList()
                .forEach(active -> active.end(Instant.now()));
        Account therapist = em.find(Account.class, therapistId);
        ProtocolTemplate clinicDefault = em.createQuery(
                        "select t from ProtocolTemplate t where t.owner is null", ProtocolTemplate.class)
                .getSingleResult();
        ProtocolTemplate copy = clinicDefault.copyFor(therapist, clinicDefault.getName(), true);
        em.persist(copy);
        Plan plan = new Plan(
                em.find(Account.class, clientId),
                therapist,
                copy,
                null,
                startsOn,
                phaseIndex,
                new BigDecimal("100"),
                new BigDecimal("80"),
                WeightUnit.KG);
        em.persist(plan);
        return plan.getId();
    }

    public long activePlanOf(long clientId) {
        return em.createQuery(
                        "select p.id from Plan p where p.client.id = :client and p.status = io.reload.protocol.domain.PlanStatus.ACTIVE",
                        Long.class)
                .setParameter("client", clientId)
                .getSingleResult();
    }

    /** What the database keeps of a plan's standing. */
    public record KeptStanding(int phaseIndex, LocalDate evaluatedThrough, long events, long version) {}

    public KeptStanding keptStandingOf(long planId) {
        Plan plan = em.find(Plan.class, planId);
        long events = em.createQuery("select count(e) from PlanEvent e where e.plan.id = :plan", Long.class)
                .setParameter("plan", planId)
                .getSingleResult();
        return new KeptStanding(plan.getPhaseIndex(), plan.getEvaluatedThrough(), events, plan.getVersion());
    }

    public int phaseIndexOf(long planId) {
        return em.find(Plan.class, planId).getPhaseIndex();
    }
}
