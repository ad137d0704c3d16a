package io.reload.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a round of a scheduled job on the one node whose turn it is ({@link ClusterLocks}), and
 * never lets the round's failure reach the timer that called it: on Payara Micro an EJB timer
 * whose call failed, and whose retry five seconds later failed too, was never called again (seen
 * with the mail server down: the reminders stopped for good). Failed, the round is logged and
 * the next one tries again. Called from timer methods that run outside a transaction, so no
 * transaction of theirs can fail at commit either.
 */
@ApplicationScoped
public class ClusterRounds {

    private static final Logger LOG = Logger.getLogger(ClusterRounds.class.getName());

    @Inject
    ClusterLocks clusterLocks;

    public void runInTurn(String job, Duration turn, Runnable round) {
        try {
            if (clusterLocks.takeTurn(job, turn)) {
                round.run();
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A round of " + job + " failed; the next round tries again", failed);
        }
    }
}
