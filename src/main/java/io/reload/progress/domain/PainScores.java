package io.reload.progress.domain;

/**
 * Pain before and after a session on the 0-10 numeric rating scale, whole numbers only. A
 * change of two points or more is a real change (the scale's minimal clinically important
 * difference); less is within the normal variation of how people rate pain.
 */
public record PainScores(int before, int after) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** The minimal clinically important difference of the 0-10 scale. */
    public static final int REAL_CHANGE = 2;

    public PainScores {
        if (!isValid(before) || !isValid(after)) {
            throw new IllegalArgumentException("Pain is scored 0 to 10, not " + before + " and " + after);
        }
    }

    public static boolean isValid(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    /** True when a change of pain is large enough to be more than normal variation. */
    public static boolean isRealChange(int change) {
        return Math.abs(change) >= REAL_CHANGE;
    }
}
