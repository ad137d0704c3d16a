package io.reload.protocol.domain;

/** Pain on the 0-10 numeric rating scale: whole numbers only. The one owner of the scale's bounds. */
public record PainScore(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("Pain is scored " + MIN + " to " + MAX + ", not " + value);
        }
    }

    public static boolean isValid(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    /** How much the pain rose from this score to the later one (negative when it fell). */
    public int riseTo(PainScore later) {
        return later.value - value;
    }
}
