package io.reload.triage.domain;

import io.reload.account.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class SelfCheckRepository {

    @PersistenceContext
    EntityManager em;

    public SelfCheck add(SelfCheck selfCheck) {
        em.persist(selfCheck);
        return selfCheck;
    }

    public Optional<SelfCheck> findById(long id) {
        return Optional.ofNullable(em.find(SelfCheck.class, id));
    }

    public Optional<SelfCheck> findByToken(String token) {
        return em.createQuery(
                        "select s from SelfCheck s left join fetch s.client where s.token = :token", SelfCheck.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /** Locks the row, so two bookings attaching the same check at once are decided one after the other. */
    public Optional<SelfCheck> findByTokenForUpdate(String token) {
        return em.createQuery("select s from SelfCheck s where s.token = :token", SelfCheck.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Newest first, with their clients, at most {@code limit}. */
    public List<SelfCheck> findByOutcomeSince(TriageClass outcome, Instant since, int limit) {
        return em.createQuery(
                        "select s from SelfCheck s left join fetch s.client"
                                + " where s.outcome = :outcome and s.createdAt >= :since"
                                + " order by s.createdAt desc, s.id desc",
                        SelfCheck.class)
                .setParameter("outcome", outcome)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The outcome of each of these checks, by id (ids of no check are left out). */
    public Map<Long, TriageClass> outcomesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.id, s.outcome from SelfCheck s where s.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (TriageClass) row[1]));
    }

    /** The account a check is to be attached to, if it exists. */
    public Optional<Account> findAccount(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }
}
