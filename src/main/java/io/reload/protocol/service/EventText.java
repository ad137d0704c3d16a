package io.reload.protocol.service;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PlanEvent;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.shared.text.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan event in plain words ("plan.event.KIND" in the bundle). Events keep raw values (lift
 * keys, kilograms, ISO dates); here lifts get their names, loads the client's unit and
 * dates the clinic's format.
 */
final class EventText {

    /** Which values of an event are loads in kg, by kind. */
    private static final Map<PlanEventKind, Set<Integer>> LOADS = Map.of(
            PlanEventKind.LOAD_INCREASED, Set.of(1, 2),
            PlanEventKind.LOAD_KEPT, Set.of(1),
            PlanEventKind.LOAD_OVERRIDDEN, Set.of(1, 2));

    private EventText() {
    }

    static String of(PlanEvent event, Map<String, String> liftNames, LoadScale scale) {
        List<String> raw = event.values();
        Set<Integer> loads = LOADS.getOrDefault(event.getKind(), Set.of());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (loads.contains(i)) {
                values.add(DoseText.load(new BigDecimal(value), scale));
            } else if (i == 0 && LOADS.containsKey(event.getKind())) {
                values.add(liftNames.getOrDefault(value, value));
            } else {
                values.add(dayOrAsIs(value));
            }
        }
        return Texts.format(Locale.ENGLISH, key(event.getKind(), raw), values.toArray());
    }

    /** The sentence for an event; a few kinds read better in a variant their numbers choose. */
    static String key(PlanEventKind kind, List<String> values) {
        String key = "plan.event." + kind.name();
        return switch (kind) {
            // "4 of the 4 checks still to pass" reads oddly
            case GATE_NOT_YET -> values.get(1).equals(values.get(2)) ? key + ".none" : key;
            // why the plan stays: the rise against the rule; events from before the rule's number was kept say only that it stays
            case STAYED -> values.size() < 3 ? key : Integer.parseInt(values.get(1)) <= 0 ? key + ".noRise" : key + ".belowRule";
            default -> key;
        };
    }

    private static String dayOrAsIs(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return Texts.formatDate(Locale.ENGLISH, "format.day", LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }
}
