package io.reload.progress.domain;

import io.reload.protocol.domain.PainScore;

/**
 * Pain before and after a session on the 0-10 numeric rating scale ({@link PainScore} owns its
 * bounds and what counts as a real change), whole numbers only.
 */
public record PainScores(int before, int after) {

    public PainScores {
        new PainScore(before);
        new PainScore(after);
    }

    public static boolean isValid(Integer value) {
        return PainScore.isValid(value);
    }
}
