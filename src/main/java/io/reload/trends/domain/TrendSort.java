package io.reload.trends.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's sortable columns: the only orders there are. A sort asked for by
 * name is looked up here; a name not in this list is refused, never put into a query.
 */
public enum TrendSort {
    /** Most flags first by default; among equals, the highest pain. */
    FLAGS("flags", "flagCount"),
    NAME("name", "clientName"),
    THERAPIST("therapist", "therapistName"),
    PHASE("phase", "phasePosition"),
    /** More days in the phase is an earlier phase start. */
    DAYS_IN_PHASE("daysInPhase", "phaseStartedOn", true),
    LAST_PAIN("lastPain", "lastPain"),
    CHANGE("change", "change7Days"),
    ADHERENCE("adherence", "adherence");

    private static final Map<TrendFlag, String> FLAG_FIELDS = Map.of(
            TrendFlag.MOVED_BACK, "movedBack",
            TrendFlag.WORSE_AFTER_72_HOURS, "worseAfter72Hours",
            TrendFlag.NO_IMPROVEMENT, "noImprovement",
            TrendFlag.RED_FLAG, "redFlag",
            TrendFlag.EMERGENCY_SELF_CHECK, "emergencySelfCheck",
            TrendFlag.MISSED_SCREEN, "missedScreen");

    private final String param;
    private final String attribute;
    private final boolean reversed;

    TrendSort(String param, String attribute) {
        this(param, attribute, false);
    }

    TrendSort(String param, String attribute, boolean reversed) {
        this.param = param;
        this.attribute = attribute;
        this.reversed = reversed;
    }

    /** The name pages and URLs use, e.g. "lastPain". */
    public String param() {
        return param;
    }

    public static Optional<TrendSort> byParam(String name) {
        return Arrays.stream(values()).filter(sort -> sort.param.equals(name)).findFirst();
    }

    /** This column in the direction asked, then by name (and id) so pages never overlap. */
    List<Order> orders(CriteriaBuilder cb, Root<ClientTrend> trend, boolean ascending) {
        List<Order> orders = new ArrayList<>();
        orders.add(ascending != reversed ? cb.asc(trend.get(attribute)) : cb.desc(trend.get(attribute)));
        if (this == FLAGS) {
            orders.add(cb.desc(trend.get("lastPain")));
        }
        if (this != NAME) {
            orders.add(cb.asc(trend.get("clientName")));
        }
        orders.add(cb.asc(trend.get("clientId")));
        return orders;
    }

    static String flagField(TrendFlag flag) {
        return FLAG_FIELDS.get(flag);
    }
}
