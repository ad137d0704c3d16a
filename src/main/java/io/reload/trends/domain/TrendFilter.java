package io.reload.trends.domain;

/** Which clients the dashboard shows: one therapist's, one flag's, any flag's, names containing a text (each optional). */
public record TrendFilter(Long therapistId, TrendFlag flag, String name, boolean flaggedOnly) {

    public TrendFilter {
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static TrendFilter none() {
        return new TrendFilter(null, null, null, false);
    }
}
