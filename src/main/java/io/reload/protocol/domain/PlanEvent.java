package io.reload.protocol.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One thing that happened to a plan, kept for good: which rule fired (or who overrode it and
 * why), the numbers behind it, and the phase before and after. Never changed once written.
 */
@Entity
@Table(name = "plan_events")
public class PlanEvent extends BaseEntity {

    /** Separates the values in {@link #details}; cannot occur in them (see {@link #valueOf}). */
    private static final String SEPARATOR = "\u001F";

    public static final int MAX_REASON = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    /** The clinic day the event belongs to (the session's day, or the day a phase ended). */
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private PlanEventKind kind;

    /** The values of the event's sentence, in order. */
    @Column(nullable = false, length = 1000)
    private String details;

    /** 1-based phase positions; equal when the phase did not change. */
    @Column(name = "phase_before", nullable = false)
    private int phaseBefore;

    @Column(name = "phase_after", nullable = false)
    private int phaseAfter;

    /** Who did it; null when the plan's rules did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(length = MAX_REASON)
    private String reason;

    /** The logged session that led to it, if one did. */
    @Column(name = "session_id")
    private Long sessionId;

    protected PlanEvent() {
        // for JPA
    }

    public PlanEvent(
            Plan plan,
            LocalDate effectiveOn,
            PlanEventKind kind,
            List<?> values,
            int phaseBefore,
            int phaseAfter,
            Account actor,
            String reason,
            Long sessionId) {
        this.plan = plan;
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.details = values.stream().map(PlanEvent::valueOf).collect(Collectors.joining(SEPARATOR));
        this.phaseBefore = phaseBefore;
        this.phaseAfter = phaseAfter;
        this.actor = actor;
        this.reason = reason;
        this.sessionId = sessionId;
    }

    private static String valueOf(Object value) {
        String text = value instanceof java.math.BigDecimal number
                ? number.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
        return text.replace(SEPARATOR, " ");
    }

    /** The values as written: numbers and dates in their plain ISO form. */
    public List<String> values() {
        return details.isEmpty() ? List.of() : Arrays.asList(details.split(SEPARATOR, -1));
    }

    /**
     * The values with the plan's phases and protocol named in the reader's language. An event
     * keeps the names as they were written then; where such a name is still the name as
     * written of the phase at the event's position (a plan's copy of its protocol does not
     * change), the reader gets that phase's translation. Any other name stays as kept.
     */
    public List<String> valuesIn(Locale reader) {
        List<String> values = new ArrayList<>(values());
        ProtocolTemplate protocol = plan.getProtocol();
        kind.phaseValues().forEach((index, side) -> {
            int position = side == PlanEventKind.PhaseSide.BEFORE ? phaseBefore : phaseAfter;
            if (index < values.size()
                    && position >= 1
                    && position <= protocol.getPhases().size()) {
                ProtocolPhase phase = protocol.getPhases().get(position - 1);
                if (phase.getName().equals(values.get(index))) {
                    values.set(index, phase.name(reader));
                }
            }
        });
        if (kind == PlanEventKind.ASSIGNED
                && !values.isEmpty()
                && protocol.getName().equals(values.get(0))) {
            values.set(0, protocol.name(reader));
        }
        return values;
    }

    public boolean changedPhase() {
        return phaseBefore != phaseAfter;
    }

    public Plan getPlan() {
        return plan;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public PlanEventKind getKind() {
        return kind;
    }

    public int getPhaseBefore() {
        return phaseBefore;
    }

    public int getPhaseAfter() {
        return phaseAfter;
    }

    public Account getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
