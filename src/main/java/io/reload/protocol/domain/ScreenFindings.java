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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the therapist found in one screen under the five headings, and the outcome. The
 * screen is referenced by id only: it belongs to the booking feature, which this one reaches
 * through its service.
 */
@Entity
@Table(name = "screen_findings")
public class ScreenFindings extends BaseEntity {

    public static final int MAX_TEXT = 2000;

    @Column(name = "screen_id", nullable = false, updatable = false)
    private long screenId;

    @Column(length = MAX_TEXT)
    private String ergonomics;

    @Column(length = MAX_TEXT)
    private String posture;

    @Column(name = "muscle_tone", length = MAX_TEXT)
    private String muscleTone;

    @Column(name = "muscle_weaknesses", length = MAX_TEXT)
    private String muscleWeaknesses;

    @Column(name = "movement_patterns", length = MAX_TEXT)
    private String movementPatterns;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ScreenOutcome outcome;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by_id")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ScreenFindings() {
        // for JPA
    }

    public ScreenFindings(long screenId) {
        this.screenId = screenId;
    }

    /**
     * A plan has to rest on something found: "plan needed" with all five headings empty is
     * not a finding. "No plan needed" may stand alone (nothing worth noting was found).
     */
    public static boolean isGrounded(ScreenOutcome outcome, String... texts) {
        return outcome != ScreenOutcome.PLAN_NEEDED || Stream.of(texts).anyMatch(text -> textOrNull(text) != null);
    }

    /** Blank headings are stored as NULL ("nothing noted"), texts without surrounding blanks. */
    static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void record(
            String ergonomics,
            String posture,
            String muscleTone,
            String muscleWeaknesses,
            String movementPatterns,
            ScreenOutcome outcome,
            Account by,
            Instant at) {
        if (!isGrounded(outcome, ergonomics, posture, muscleTone, muscleWeaknesses, movementPatterns)) {
            throw new IllegalArgumentException("a plan needs at least one finding");
        }
        this.ergonomics = textOrNull(ergonomics);
        this.posture = textOrNull(posture);
        this.muscleTone = textOrNull(muscleTone);
        this.muscleWeaknesses = textOrNull(muscleWeaknesses);
        this.movementPatterns = textOrNull(movementPatterns);
        this.outcome = outcome;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long getScreenId() {
        return screenId;
    }

    public String getErgonomics() {
        return ergonomics;
    }

    public String getPosture() {
        return posture;
    }

    public String getMuscleTone() {
        return muscleTone;
    }

    public String getMuscleWeaknesses() {
        return muscleWeaknesses;
    }

    public String getMovementPatterns() {
        return movementPatterns;
    }

    public ScreenOutcome getOutcome() {
        return outcome;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
