package io.reload.shared.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What one node of a cluster does alone, decided in the database all nodes share, so it holds
 * for any number of nodes and needs nothing but that database (README, "More than one server").
 *
 * <p>Start-up work (the first staff account, demo data) runs while holding the start-up row
 * locked: a node starting at the same moment waits for it, then finds the work done instead of
 * doing it twice (and failing on the second copy's unique email). Each round of a scheduled job
 * is run by the one node that takes its turn; the turn lapses by itself, shortly before the next
 * round, so a node that dies mid-run holds nothing up.
 */
@Stateless
@PermitAll
public class ClusterLocks {

    public static final String START_UP = "start-up";
    public static final String REMINDERS = "reminders";
    public static final String TREND_REFRESH = "trend-refresh";
    public static final String PLAN_CATCH_UP = "plan-catch-up";

    /** Which process took a turn, for whoever looks at the table: pid@host. */
    private static final String THIS_NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Locks the start-up row until the caller's transaction ends (a start-up bean's own). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdForStartUp() {
        em.find(ClusterLock.class, START_UP, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Takes this round of the job for the given time, unless another node's turn is still on:
     * true for exactly one caller, whichever node it is on. Committed at once, so the others see it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeTurn(String job, Duration turn) {
        Instant now = clock.instant();
        int taken = em.createQuery("update ClusterLock l set l.heldBy = :node, l.heldUntil = :until"
                        + " where l.name = :job and (l.heldUntil is null or l.heldUntil <= :now)")
                .setParameter("node", THIS_NODE)
                .setParameter("until", now.plus(turn))
                .setParameter("job", job)
                .setParameter("now", now)
                .executeUpdate();
        return taken == 1;
    }
}
