package io.reload.progress.domain;

import io.reload.protocol.domain.PainScore;

/**
 * Pain before and after a session on the 0-10 numeric rating scale ({@link PainScore} owns its
 * bounds), whole numbers only. A
 * change of two points or more is a real change (the scale's minimal clinically important
 * difference); less is within the normal variation of how people rate pain.
 */
public record PainScores(int before, int after) {

    /** The scale's bounds as {@link PainScore} keeps them, for the charts that draw the scale. */
    public static final int MIN = PainScore.MIN;
    public static final int MAX = PainScore.MAX;
    /** The minimal clinically important difference of the 0-10 scale. */
    public static final int REAL_CHANGE = 2;

    public PainScores {
        new PainScore(before);
        new PainScore(after);
    }

    public static boolean isValid(Integer value) {
        return PainScore.isValid(value);
    }

    /** True when a change of pain is large enough to be more than normal variation. */
    public static boolean isRealChange(int change) {
        return Math.abs(change) >= REAL_CHANGE;
    }
}
