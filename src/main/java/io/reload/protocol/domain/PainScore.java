package io.reload.protocol.domain;

/**
 * Pain on the 0-10 numeric rating scale: whole numbers only. The one owner of the scale's bounds
 * and of what counts as a real change (clinical-rules 5): a difference of 2 points or more (the
 * minimal clinically important difference); less is within the normal variation of how people
 * rate pain.
 */
public record PainScore(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final int REAL_CHANGE = 2;

    public PainScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("Pain is scored " + MIN + " to " + MAX + ", not " + value);
        }
    }

    public static boolean isValid(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    /** True when a change of pain is large enough to be more than normal variation. */
    public static boolean isRealChange(int change) {
        return Math.abs(change) >= REAL_CHANGE;
    }

    /** How much the pain rose from this score to the later one (negative when it fell). */
    public int riseTo(PainScore later) {
        return later.value - value;
    }
}
