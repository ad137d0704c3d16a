package io.reload.protocol.service;

import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanRepository;
import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.ClusterRounds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes down what the calendar decided for plans nobody changed since: a phase without a gate
 * that has lasted its days moves on ({@link Plan#catchUpTo}). Reading a plan only works this out
 * ({@link PlanReading}); every ten minutes the plans whose rules have not run up to the
 * clinic's today get them run and kept, each plan in a transaction of its own and locked while
 * written, a batch at a time, so a session logged meanwhile waits for one plan, not for all.
 * With several nodes, one takes each run ({@link ClusterRounds}).
 */
@Singleton
@PermitAll
public class PlanCatchUpJob {

    static final int BATCH = 500;
    /** A run's turn ends before the next run, ten minutes on. */
    static final Duration TURN = Duration.ofMinutes(9);

    private static final Logger LOG = Logger.getLogger(PlanCatchUpJob.class.getName());

    @Inject
    PlanRepository plans;

    @Inject
    PlanAccess access;

    @Inject
    PlanJournal journal;

    @Inject
    ClusterRounds rounds;

    @Resource
    SessionContext self;

    @Schedule(hour = "*", minute = "5/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyTenMinutes() {
        rounds.runInTurn(ClusterLocks.PLAN_CATCH_UP, TURN, this::catchUpPlans);
    }

    /** Brings a batch of plans behind the clinic's today up to date; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int catchUpPlans() {
        LocalDate today = access.today();
        List<Long> behind = plans.activeNotEvaluatedThrough(today, BATCH);
        behind.forEach(planId -> self.getBusinessObject(PlanCatchUpJob.class).catchUp(planId, today));
        if (!behind.isEmpty()) {
            LOG.info(() -> "Ran the calendar rules of " + behind.size() + " plans up to " + today);
        }
        return behind.size();
    }

    /** One plan, locked, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void catchUp(long planId, LocalDate today) {
        plans.findForUpdate(planId).filter(Plan::isActive).ifPresent(plan -> journal.bringUpToDate(plan, today));
    }
}
