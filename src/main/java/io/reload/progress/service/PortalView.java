package io.reload.progress.service;

import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.service.EventFacts;
import io.reload.protocol.service.PlanView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A client's plan in short, for their start page: the plan as it stands today, whether today's
 * session is logged and what the rules decided on it, the pain of the last {@value #DAYS} days as
 * a chart with its change in words, and the reasons to see a professional.
 */
public class PortalView implements Serializable {

    /** How many days back the start page's pain chart reaches, today included. */
    public static final int DAYS = 14;

    private final PlanView plan;
    private final boolean loggedToday;
    private final List<EventFacts> decisionsToday;
    private final PainSeries painSeries;
    private final int recentSessions;
    private final PainSummary recentChange;
    private final List<EscalationFlag> flags;

    PortalView(
            PlanView plan,
            boolean loggedToday,
            List<EventFacts> decisionsToday,
            PainSeries painSeries,
            int recentSessions,
            PainSummary recentChange,
            List<EscalationFlag> flags) {
        this.plan = plan;
        this.loggedToday = loggedToday;
        this.decisionsToday = List.copyOf(decisionsToday);
        this.painSeries = painSeries;
        this.recentSessions = recentSessions;
        this.recentChange = recentChange;
        this.flags = List.copyOf(flags);
    }

    /**
     * What the plan's rules decided on a day, in the order they decided it: the events of that
     * day without a person behind them (a therapist's change or the assignment is not a decision
     * of today's session). The plan lists its events newest first.
     */
    public static List<EventFacts> decisionsOn(LocalDate day, List<PlanView.EventRow> eventsNewestFirst) {
        List<EventFacts> decisions = new ArrayList<>();
        for (PlanView.EventRow event : eventsNewestFirst) {
            if (day.equals(event.day()) && event.actor() == null) {
                decisions.add(event.facts());
            }
        }
        Collections.reverse(decisions);
        return decisions;
    }

    public PlanView getPlan() {
        return plan;
    }

    public boolean isLoggedToday() {
        return loggedToday;
    }
    /** What the rules did with today's session, oldest first. */
    public List<EventFacts> getDecisionsToday() {
        return decisionsToday;
    }
    /** The pain chart's data of the last {@value #DAYS} days. */
    public PainSeries getPainSeries() {
        return painSeries;
    }

    public boolean isWithoutRecentSessions() {
        return recentSessions == 0;
    }
    /** Pain after the first against after the latest session of those days, real change or not; null under two sessions. */
    public PainSummary getRecentChange() {
        return recentChange;
    }
    /** Reasons to see a professional (clinical-rules 4), from all the plan's sessions. */
    public List<EscalationFlag> getFlags() {
        return flags;
    }

    public int getDays() {
        return DAYS;
    }
}
