package io.reload.protocol.service;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plans read in this transaction, as they stand today: a page GET is one transaction
 * ({@code PageTransaction}), and Today asks for the client's plan twice (to show it and to log a
 * session against it); the second asking gets the first reading instead of the catch-up worked
 * out again on a plan read again. Taking a plan to change it forgets them all.
 */
@TransactionScoped
class PlanReadings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** By client: their active plan, or none. */
    private final transient Map<Long, Optional<PlanReading>> activeOfClient = new HashMap<>();

    Optional<PlanReading> activeOf(long clientId, Supplier<Optional<PlanReading>> read) {
        return activeOfClient.computeIfAbsent(clientId, client -> read.get());
    }

    /** A plan is about to change in this transaction: what was read of it before no longer stands. */
    void forget() {
        activeOfClient.clear();
    }
}
