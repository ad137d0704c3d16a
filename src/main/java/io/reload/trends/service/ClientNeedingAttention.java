package io.reload.trends.service;

import io.reload.trends.domain.AttentionRule.Attention;
import io.reload.trends.domain.TrendFlag;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A therapist's client on My day's "Needs your attention", with the reasons as values. */
public class ClientNeedingAttention implements Serializable {

    private final long clientId;
    private final long planId;
    private final String clientName;
    private final List<TrendFlag> flags;
    private final long daysWithoutSession;
    private final boolean withoutSessionTooLong;
    private final boolean noSessionYet;

    ClientNeedingAttention(long clientId, long planId, String clientName, Attention attention) {
        this.clientId = clientId;
        this.planId = planId;
        this.clientName = clientName;
        this.flags = new ArrayList<>(attention.flags());
        this.daysWithoutSession = attention.daysWithoutSession();
        this.withoutSessionTooLong = attention.withoutSessionTooLong();
        this.noSessionYet = attention.noSessionYet();
    }

    public long getClientId() {
        return clientId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getClientName() {
        return clientName;
    }

    public List<TrendFlag> getFlags() {
        return flags;
    }

    public long getDaysWithoutSession() {
        return daysWithoutSession;
    }
    /** No session for {@value io.reload.trends.domain.AttentionRule#DAYS_WITHOUT_SESSION} days or more. */
    public boolean isWithoutSessionTooLong() {
        return withoutSessionTooLong;
    }
    /** Counted from the plan's start: nothing logged yet. */
    public boolean isNoSessionYet() {
        return noSessionYet;
    }
}
