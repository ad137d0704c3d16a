package io.reload.protocol.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/** One functional test of a phase's gate, e.g. a 60-second plank without the hips sagging. */
@Entity
@Table(name = "protocol_gate_tests")
public class GateTest extends BaseEntity implements Positioned {

    public static final int MAX_DESCRIPTION = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private ProtocolPhase phase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    /** The description in other languages than the template's, by language ("es"). */
    @ElementCollection
    @CollectionTable(name = "protocol_gate_test_translations", joinColumns = @JoinColumn(name = "gate_test_id"))
    @MapKeyColumn(name = "language_tag", length = 8)
    @BatchSize(size = 50)
    private Map<String, GateTestWording> translations = new HashMap<>();

    protected GateTest() {
        // for JPA
    }

    GateTest(ProtocolPhase phase, int position, String description) {
        this.phase = phase;
        this.position = position;
        this.description = description;
    }

    /** A copy in a new phase, worded in the given language (null: as written), with or without the translations. */
    GateTest copyInto(ProtocolPhase newPhase, int newPosition, Locale wording, boolean withTranslations) {
        GateTest copy = new GateTest(newPhase, newPosition, description(wording));
        if (withTranslations) {
            copy.translations.putAll(translations);
        }
        return copy;
    }

    /** The description in the reader's language: its translation, else as written. */
    public String description(Locale reader) {
        return Wordings.inLanguage(translations, reader, GateTestWording::getDescription, description);
    }

    public void translate(Locale language, GateTestWording wording) {
        translations.put(language.getLanguage(), wording);
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }

    public ProtocolPhase getPhase() {
        return phase;
    }

    public String getDescription() {
        return description;
    }
}
