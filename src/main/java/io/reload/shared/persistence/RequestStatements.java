package io.reload.shared.persistence;

import org.hibernate.SessionEventListener;

/**
 * Counts the SQL statements and the transactions the request on this thread runs, from
 * Hibernate's own session events: persistence.xml has Hibernate give every session one of these
 * ({@code hibernate.session.events.auto}). A page's EJB calls run on the request's thread, so
 * what is counted between {@link #startCounting()} and {@link #stopCounting()} is that request's work; threads
 * that never began (timers, start-up) count nothing.
 */
public class RequestStatements implements SessionEventListener {

    /** What one request ran. */
    public record Counts(int statements, int transactions) {}

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    private static final int STATEMENTS = 0;
    private static final int TRANSACTIONS = 1;

    /** Starts counting on this thread, from zero. */
    public static void startCounting() {
        COUNTING.set(new int[2]);
    }

    /** Stops counting on this thread; returns what was counted since {@link #startCounting()}. */
    public static Counts stopCounting() {
        int[] counted = COUNTING.get();
        COUNTING.remove();
        return counted == null ? new Counts(0, 0) : new Counts(counted[STATEMENTS], counted[TRANSACTIONS]);
    }

    @Override
    public void jdbcPrepareStatementStart() {
        count(STATEMENTS);
    }

    @Override
    public void transactionCompletion(boolean successful) {
        count(TRANSACTIONS);
    }

    private static void count(int what) {
        int[] counted = COUNTING.get();
        if (counted != null) {
            counted[what]++;
        }
    }
}
