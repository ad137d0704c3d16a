package io.reload.protocol.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recovery plan: a client follows their own copy of a protocol, from a start date, with the
 * numbers the therapist entered (pre-injury deadlift 1RM, body weight, kg or lb). It remembers
 * where the client stands ({@link PlanProgress}) and up to which day the calendar rules have run.
 */
@Entity
@Table(name = "plans")
public class Plan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Account client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private Account therapist;

    /** The plan's private copy of the protocol it was assigned from. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProtocolTemplate protocol;

    @Column(name = "screen_id")
    private Long screenId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "one_rep_max_kg", nullable = false, precision = 7, scale = 2)
    private BigDecimal oneRepMaxKg;

    @Column(name = "body_weight_kg", nullable = false, precision = 6, scale = 2)
    private BigDecimal bodyWeightKg;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "weight_unit", nullable = false, length = 2)
    private WeightUnit unit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PlanStatus status;

    @Column(name = "phase_index", nullable = false)
    private int phaseIndex;

    @Column(name = "phase_started_on", nullable = false)
    private LocalDate phaseStartedOn;

    @Column(name = "fallback_until")
    private LocalDate fallbackUntil;

    /** The calendar rules (a phase without a gate ends after its length) have run up to this day. */
    @Column(name = "evaluated_through", nullable = false)
    private LocalDate evaluatedThrough;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection
    @CollectionTable(name = "plan_loads", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "lift_key", length = Prescription.MAX_LIFT_KEY)
    @Column(name = "load_kg", nullable = false, precision = 7, scale = 2)
    private Map<String, BigDecimal> workingLoadsKg = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "plan_gate_passes", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "gate_test_id", nullable = false)
    private Set<Long> passedGateTests = new HashSet<>();

    @Version
    private long version;

    protected Plan() {
        // for JPA
    }

    /**
     * A plan from its start date, in the given phase (index into the protocol's phases), each
     * lift's working load at the low end of its first prescribed share of the one-rep max.
     */
    public Plan(
            Account client,
            Account therapist,
            ProtocolTemplate protocol,
            Long screenId,
            LocalDate startsOn,
            int phaseIndex,
            BigDecimal oneRepMaxKg,
            BigDecimal bodyWeightKg,
            WeightUnit unit) {
        this.client = client;
        this.therapist = therapist;
        this.protocol = protocol;
        this.screenId = screenId;
        this.startsOn = startsOn;
        this.oneRepMaxKg = twoDecimals(oneRepMaxKg);
        this.bodyWeightKg = twoDecimals(bodyWeightKg);
        this.unit = unit;
        this.status = PlanStatus.ACTIVE;
        this.phaseIndex = phaseIndex;
        this.phaseStartedOn = startsOn;
        this.evaluatedThrough = startsOn.minusDays(1);
        StartingLoads.of(protocol.getPhases(), oneRepMaxKg, loadScale())
                .forEach((lift, kg) -> workingLoadsKg.put(lift, twoDecimals(kg)));
    }

    /** As the columns keep weights: kilograms to two decimals. */
    private static BigDecimal twoDecimals(BigDecimal kg) {
        return kg.setScale(2, RoundingMode.HALF_UP);
    }

    public PlanProgress progress() {
        return new PlanProgress(phaseIndex, phaseStartedOn, passedGateTests, workingLoadsKg, fallbackUntil);
    }

    /**
     * Where the client stands on a day by the calendar rules alone, without changing the plan:
     * what reading the plan that day would show. For summaries that must not write the plan.
     */
    public PlanProgress progressOn(LocalDate day) {
        PlanProgress progress = progress();
        if (!isActive()) {
            return progress;
        }
        PhaseEngine engine = engine();
        for (LocalDate next : daysStillToEvaluateThrough(day)) {
            progress = engine.onDay(progress, next).progress();
        }
        return progress;
    }

    /**
     * Runs the calendar rules on the plan for every day since they last ran, up to the given day
     * (none before the start): a phase without a gate that has lasted its nominal days moves on,
     * on the day it was due. Returns the events to keep, in the order decided. The one owner of
     * the catch-up; {@link #progressOn} walks the same days without changing the plan.
     */
    public List<PlanEvent> catchUpTo(LocalDate day) {
        if (!isActive() || !evaluatedThrough.isBefore(day)) {
            return List.of();
        }
        PhaseEngine engine = engine();
        List<PlanEvent> events = new ArrayList<>();
        for (LocalDate next : daysStillToEvaluateThrough(day)) {
            events.addAll(PlanEvents.apply(this, engine.onDay(progress(), next), next, null));
        }
        evaluatedThrough = day;
        return events;
    }

    /** The days the calendar rules have not run on yet, up to the given day, none before the start. */
    private List<LocalDate> daysStillToEvaluateThrough(LocalDate day) {
        LocalDate first = evaluatedThrough.plusDays(1).isBefore(startsOn) ? startsOn : evaluatedThrough.plusDays(1);
        return first.isAfter(day)
                ? List.of()
                : first.datesUntil(day.plusDays(1)).toList();
    }

    /** Takes on what the engine (or a therapist) decided. */
    public void moveTo(PlanProgress next) {
        this.phaseIndex = next.phaseIndex();
        this.phaseStartedOn = next.phaseStartedOn();
        this.fallbackUntil = next.fallbackUntil();
        this.passedGateTests.clear();
        this.passedGateTests.addAll(next.passedGateTests());
        this.workingLoadsKg.clear();
        next.workingLoadsKg().forEach((lift, kg) -> workingLoadsKg.put(lift, twoDecimals(kg)));
    }

    /** The unit and step this plan's loads live on: the plan's unit, the protocol's step for that unit. */
    public LoadScale loadScale() {
        return new LoadScale(unit, protocol.loadableStep(unit));
    }

    public PhaseEngine engine() {
        List<PhasePlan> phases =
                protocol.getPhases().stream().map(ProtocolPhase::toPlan).toList();
        return new PhaseEngine(phases, protocol.progressionRules(), loadScale());
    }

    public void end(Instant when) {
        this.status = PlanStatus.ENDED;
        this.endedAt = when;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public boolean hasStartedBy(LocalDate day) {
        return !day.isBefore(startsOn);
    }

    public boolean isFallbackOn(LocalDate day) {
        return fallbackUntil != null && !day.isAfter(fallbackUntil);
    }

    public ProtocolPhase currentPhase() {
        return protocol.getPhases().get(phaseIndex);
    }

    public Account getClient() {
        return client;
    }

    public Account getTherapist() {
        return therapist;
    }

    public ProtocolTemplate getProtocol() {
        return protocol;
    }

    public Long getScreenId() {
        return screenId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public BigDecimal getOneRepMaxKg() {
        return oneRepMaxKg;
    }

    public BigDecimal getBodyWeightKg() {
        return bodyWeightKg;
    }

    public WeightUnit getUnit() {
        return unit;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getPhaseIndex() {
        return phaseIndex;
    }

    public LocalDate getPhaseStartedOn() {
        return phaseStartedOn;
    }

    public LocalDate getFallbackUntil() {
        return fallbackUntil;
    }

    public LocalDate getEvaluatedThrough() {
        return evaluatedThrough;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Map<String, BigDecimal> getWorkingLoadsKg() {
        return Map.copyOf(workingLoadsKg);
    }

    public long getVersion() {
        return version;
    }
}
