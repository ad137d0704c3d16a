package io.reload.trends.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's sortable columns: the only ORDER BY clauses there are. A sort asked for by
 * name is looked up here; a name not in this list is refused, never put into a query.
 */
public enum TrendSort {
    FLAGS("flags", "t.flagCount %s, t.lastPain desc, t.clientName asc, t.clientId asc"),
    NAME("name", "t.clientName %s, t.clientId asc"),
    THERAPIST("therapist", "t.therapistName %s, t.clientName asc, t.clientId asc"),
    PHASE("phase", "t.phasePosition %s, t.clientName asc, t.clientId asc"),
    /** More days in the phase is an earlier phase start. */
    DAYS_IN_PHASE("daysInPhase", "t.phaseStartedOn %s, t.clientName asc, t.clientId asc", true),
    LAST_PAIN("lastPain", "t.lastPain %s, t.clientName asc, t.clientId asc"),
    CHANGE("change", "t.change7Days %s, t.clientName asc, t.clientId asc"),
    ADHERENCE("adherence", "t.adherence %s, t.clientName asc, t.clientId asc");

    private static final Map<TrendFlag, String> FLAG_FIELDS = Map.of(
            TrendFlag.MOVED_BACK, "movedBack",
            TrendFlag.WORSE_AFTER_72_HOURS, "worseAfter72Hours",
            TrendFlag.NO_IMPROVEMENT, "noImprovement",
            TrendFlag.RED_FLAG, "redFlag",
            TrendFlag.EMERGENCY_SELF_CHECK, "emergencySelfCheck",
            TrendFlag.MISSED_SCREEN, "missedScreen");

    private final String param;
    private final String orderBy;
    private final boolean reversed;

    TrendSort(String param, String orderBy) {
        this(param, orderBy, false);
    }

    TrendSort(String param, String orderBy, boolean reversed) {
        this.param = param;
        this.orderBy = orderBy;
        this.reversed = reversed;
    }

    /** The name pages and URLs use, e.g. "lastPain". */
    public String param() {
        return param;
    }

    public static Optional<TrendSort> byParam(String name) {
        return Arrays.stream(values()).filter(sort -> sort.param.equals(name)).findFirst();
    }

    String orderBy(boolean ascending) {
        return orderBy.formatted(ascending != reversed ? "asc" : "desc");
    }

    static String flagField(TrendFlag flag) {
        return FLAG_FIELDS.get(flag);
    }
}
