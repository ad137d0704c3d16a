package io.reload.protocol.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recovery protocol: ordered phases and the numbers that move a client through them. The
 * clinic's default has no owner and is never edited; a therapist edits their own copies. A
 * plan gets a private copy when it is assigned, so later edits of a template never change a
 * plan that is under way.
 */
@Entity
@Table(name = "protocol_templates")
public class ProtocolTemplate extends BaseEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    /** True for the private copy a plan runs on: not listed among templates, not editable as one. */
    @Column(name = "plan_copy", nullable = false)
    private boolean planCopy;

    @Column(name = "regression_pain_rise", nullable = false)
    private int regressionPainRise;

    @Column(name = "load_step_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal loadStepPercent;

    @Column(name = "loadable_step_kg", nullable = false, precision = 6, scale = 2)
    private BigDecimal loadableStepKg;

    @Column(name = "loadable_step_lb", nullable = false, precision = 6, scale = 2)
    private BigDecimal loadableStepLb;

    @Column(name = "persistent_pain_days", nullable = false)
    private int persistentPainDays;

    @Column(name = "worsening_after_hours", nullable = false)
    private int worseningAfterHours;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProtocolPhase> phases = new ArrayList<>();

    @Version
    private long version;

    protected ProtocolTemplate() {
        // for JPA
    }

    /** A new template without phases yet. */
    public ProtocolTemplate(String name, Account owner, ProgressionRules rules, BigDecimal loadableStepKg, BigDecimal loadableStepLb) {
        this.name = name;
        this.owner = owner;
        changeRules(rules.regressionPainRise(), rules.loadStepPercent(), loadableStepKg, loadableStepLb,
                rules.persistentPainDays(), rules.worseningAfterHours());
    }

    /** A deep copy: every phase, prescription and gate test, owned by someone else. */
    public ProtocolTemplate copyFor(Account newOwner, String newName, boolean forPlan) {
        ProtocolTemplate copy = new ProtocolTemplate();
        copy.name = newName;
        copy.description = description;
        copy.owner = newOwner;
        copy.copiedFromId = getId();
        copy.planCopy = forPlan;
        copy.regressionPainRise = regressionPainRise;
        copy.loadStepPercent = loadStepPercent;
        copy.loadableStepKg = loadableStepKg;
        copy.loadableStepLb = loadableStepLb;
        copy.persistentPainDays = persistentPainDays;
        copy.worseningAfterHours = worseningAfterHours;
        int position = 1;
        for (ProtocolPhase phase : phases) {
            copy.phases.add(phase.copyInto(copy, position++));
        }
        return copy;
    }

    public boolean isOwnedBy(Account account) {
        return owner != null && owner.getId().equals(account.getId());
    }

    public boolean isClinicDefault() {
        return owner == null;
    }

    public ProgressionRules progressionRules() {
        return new ProgressionRules(regressionPainRise, loadStepPercent, persistentPainDays, worseningAfterHours);
    }

    public EscalationWindows escalation() {
        return progressionRules().escalation();
    }

    public BigDecimal loadableStep(WeightUnit unit) {
        return unit == WeightUnit.LB ? loadableStepLb : loadableStepKg;
    }

    public ProtocolPhase addPhase(String phaseName, Integer nominalDays) {
        ProtocolPhase phase = new ProtocolPhase(this, phases.size() + 1, phaseName, nominalDays);
        phases.add(phase);
        return phase;
    }

    public void rename(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    public void changeRules(int painRise, BigDecimal stepPercent, BigDecimal stepKg, BigDecimal stepLb, int painDays, int worseningHours) {
        this.regressionPainRise = painRise;
        this.loadStepPercent = stepPercent;
        this.loadableStepKg = stepKg;
        this.loadableStepLb = stepLb;
        this.persistentPainDays = painDays;
        this.worseningAfterHours = worseningHours;
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public Account getOwner() { return owner; }
    public Long getCopiedFromId() { return copiedFromId; }
    public boolean isPlanCopy() { return planCopy; }
    public int getRegressionPainRise() { return regressionPainRise; }
    public BigDecimal getLoadStepPercent() { return loadStepPercent; }
    public BigDecimal getLoadableStepKg() { return loadableStepKg; }
    public BigDecimal getLoadableStepLb() { return loadableStepLb; }
    public int getPersistentPainDays() { return persistentPainDays; }
    public int getWorseningAfterHours() { return worseningAfterHours; }
    public List<ProtocolPhase> getPhases() { return phases; }
    public long getVersion() { return version; }
}
