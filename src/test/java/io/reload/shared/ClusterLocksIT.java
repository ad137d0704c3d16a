package io.reload.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.shared.persistence.ClusterLocks;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job's round goes to one taker among many at once (as among the nodes of a
 * cluster), the turn lapses by itself, and the start-up lock is only held inside a transaction.
 * Each test uses a job row of its own, so the deployment's own timers never compete for it.
 */
@ServiceTest
class ClusterLocksIT {

    private static final int TAKERS = 16;

    @Inject
    ClusterLocks locks;

    @Inject
    TestData data;

    @Test
    void aTurnTakenIsNotTakenAgainUntilItLapses() {
        String job = newJob();

        assertTrue(locks.takeTurn(job, Duration.ofMinutes(5)));
        assertFalse(locks.takeTurn(job, Duration.ofMinutes(5)));
    }

    @Test
    void aLapsedTurnCanBeTakenAgain() {
        String job = newJob();

        assertTrue(locks.takeTurn(job, Duration.ZERO));
        assertTrue(locks.takeTurn(job, Duration.ofMinutes(5)));
    }

    @Test
    void ofSixteenTakersAtOnceExactlyOneGetsTheTurn() throws Exception {
        String job = newJob();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService takers = Executors.newFixedThreadPool(TAKERS);
        try {
            List<Future<Boolean>> turns = new ArrayList<>();
            for (int i = 0; i < TAKERS; i++) {
                Callable<Boolean> take = () -> {
                    start.await();
                    return locks.takeTurn(job, Duration.ofMinutes(5));
                };
                turns.add(takers.submit(take));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> turn : turns) {
                taken += turn.get() ? 1 : 0;
            }
            assertEquals(1, taken);
        } finally {
            takers.shutdownNow();
        }
    }

    @Test
    void theStartUpLockIsHeldOnlyInsideATransaction() {
        assertThrows(EJBTransactionRequiredException.class, locks::holdForStartUp);
    }

    private String newJob() {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        data.execute("INSERT INTO cluster_locks (name) VALUES ('" + job + "')");
        return job;
    }
}
