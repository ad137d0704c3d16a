package io.reload.protocol.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import io.reload.shared.text.Languages;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/**
 * A recovery protocol: ordered phases and the numbers that move a client through them. The
 * clinic's default has no owner and is never edited; a therapist edits their own copies. A
 * plan gets a private copy when it is assigned, so later edits of a template never change a
 * plan that is under way.
 *
 * <p>Its content is written in one language; the clinic's default also has translations (V18),
 * which a plan's private copy keeps. A therapist's own copy is written in the therapist's
 * language and has none: it reads as written in every language.
 */
@Entity
@Table(name = "protocol_templates")
public class ProtocolTemplate extends BaseEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    /** The language the texts are written in ("en"). */
    @Column(name = "language_tag", nullable = false, length = 8)
    private String languageTag = Languages.DEFAULT.getLanguage();

    /** Name and description in other languages, by language ("es"). */
    @ElementCollection
    @CollectionTable(name = "protocol_template_translations", joinColumns = @JoinColumn(name = "template_id"))
    @MapKeyColumn(name = "language_tag", length = 8)
    @BatchSize(size = 50)
    private Map<String, TemplateWording> translations = new HashMap<>();

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

    /** A new template without phases yet, written in the portal's default language. */
    public ProtocolTemplate(
            String name, Account owner, ProgressionRules rules, BigDecimal loadableStepKg, BigDecimal loadableStepLb) {
        this(name, Languages.DEFAULT, owner, rules, loadableStepKg, loadableStepLb);
    }

    /** A new template without phases yet, written in the given language. */
    public ProtocolTemplate(
            String name,
            Locale language,
            Account owner,
            ProgressionRules rules,
            BigDecimal loadableStepKg,
            BigDecimal loadableStepLb) {
        this.name = name;
        this.languageTag = Languages.closestTo(language).getLanguage();
        this.owner = owner;
        changeRules(
                rules.regressionPainRise(),
                rules.loadStepPercent(),
                loadableStepKg,
                loadableStepLb,
                rules.persistentPainDays(),
                rules.worseningAfterHours());
    }

    /**
     * A deep copy: every phase, prescription and gate test, owned by someone else, in the language
     * it is written in. A plan's private copy keeps the translations, so the client reads their
     * plan in their language; any other copy has none.
     */
    public ProtocolTemplate copyFor(Account newOwner, String newName, boolean forPlan) {
        return copy(newOwner, newName, forPlan, writtenIn());
    }

    /**
     * A therapist's own copy, written in their language: each text as this template reads in it
     * (its translation, else as written), without translations. When this template has no
     * wording at all in that language, the copy stays in the language this one is written in.
     */
    public ProtocolTemplate copyIn(Locale language, Account newOwner, String newName) {
        return copy(newOwner, newName, false, speaks(language) ? Languages.closestTo(language) : writtenIn());
    }

    private ProtocolTemplate copy(Account newOwner, String newName, boolean forPlan, Locale wording) {
        ProtocolTemplate copy = new ProtocolTemplate();
        copy.name = newName;
        copy.description = description(wording);
        copy.languageTag = wording.getLanguage();
        if (forPlan) {
            copy.translations.putAll(translations);
        }
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
            copy.phases.add(phase.copyInto(copy, position++, wording, forPlan));
        }
        return copy;
    }

    /** The language the texts are written in. */
    public Locale writtenIn() {
        return Languages.ofTag(languageTag);
    }

    /** Written in that language, or translated into it. */
    public boolean speaks(Locale language) {
        return language != null
                && (language.getLanguage().equals(languageTag) || translations.containsKey(language.getLanguage()));
    }

    /** The name in the reader's language: its translation, else as written. */
    public String name(Locale reader) {
        return Wordings.inLanguage(translations, reader, TemplateWording::getName, name);
    }

    public String description(Locale reader) {
        return Wordings.inLanguage(translations, reader, TemplateWording::getDescription, description);
    }

    public void translate(Locale language, TemplateWording wording) {
        translations.put(language.getLanguage(), wording);
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

    public void changeRules(
            int painRise,
            BigDecimal stepPercent,
            BigDecimal stepKg,
            BigDecimal stepLb,
            int painDays,
            int worseningHours) {
        this.regressionPainRise = painRise;
        this.loadStepPercent = stepPercent;
        this.loadableStepKg = stepKg;
        this.loadableStepLb = stepLb;
        this.persistentPainDays = painDays;
        this.worseningAfterHours = worseningHours;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Account getOwner() {
        return owner;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public boolean isPlanCopy() {
        return planCopy;
    }

    public int getRegressionPainRise() {
        return regressionPainRise;
    }

    public BigDecimal getLoadStepPercent() {
        return loadStepPercent;
    }

    public BigDecimal getLoadableStepKg() {
        return loadableStepKg;
    }

    public BigDecimal getLoadableStepLb() {
        return loadableStepLb;
    }

    public int getPersistentPainDays() {
        return persistentPainDays;
    }

    public int getWorseningAfterHours() {
        return worseningAfterHours;
    }

    public List<ProtocolPhase> getPhases() {
        return phases;
    }

    public long getVersion() {
        return version;
    }
}
