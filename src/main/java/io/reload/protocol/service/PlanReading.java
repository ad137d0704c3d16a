package io.reload.protocol.service;

import io.reload.protocol.domain.Plan;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A plan as a reader sees it today without anything being written: the plan is let go of by the
 * persistence context first, then its calendar rules run up to today on that copy ({@link
 * Plan#catchUpTo}). The decisions they make are not kept yet ({@link PlanCatchUpJob} or the next
 * change keeps them) but are shown with the plan's history all the same.
 *
 * @param plan the plan as it stands today, detached: changing it changes nothing
 * @param pending the calendar's decisions not written down yet, oldest first
 */
record PlanReading(Plan plan, List<PlanEvent> pending) {

    static PlanReading asOf(Plan plan, LocalDate today, PlanRepository plans) {
        plans.detachToRead(plan);
        return new PlanReading(plan, plan.catchUpTo(today));
    }

    /** The plan's history, newest first: the pending decisions on top of those kept. */
    List<PlanEvent> eventsNewestFirst(PlanRepository plans) {
        List<PlanEvent> events = new ArrayList<>(pending);
        Collections.reverse(events);
        events.addAll(plans.eventsOf(plan.getId()));
        return events;
    }
}
