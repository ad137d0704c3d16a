package io.reload.protocol.web;

import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.service.EventFacts;
import io.reload.shared.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan event in plain words ("plan.event.KIND" in the bundle). Events keep raw values (lift
 * names, kilograms, ISO dates); here loads get the client's unit and dates the reader's format.
 */
final class EventWords {

    private final Locale locale;
    private final DoseWords doses;

    EventWords(Locale locale) {
        this.locale = locale;
        this.doses = new DoseWords(locale);
    }

    String of(EventFacts event) {
        List<String> raw = event.values();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            values.add(
                    event.kind().loadValues().contains(i)
                            ? doses.load(new BigDecimal(value), event.loads())
                            : dayOrAsIs(value));
        }
        return Texts.format(locale, key(event.kind(), raw), values.toArray());
    }

    /** The sentence for an event; a few kinds read better in a variant their numbers choose. */
    static String key(PlanEventKind kind, List<String> values) {
        String key = "plan.event." + kind.name();
        return switch (kind) {
            // "4 of the 4 checks still to pass" reads oddly
            case GATE_NOT_YET -> values.get(1).equals(values.get(2)) ? key + ".none" : key;
            // why the plan stays: the rise against the rule; events from before the rule's number was kept say only
            // that it stays
            case STAYED ->
                values.size() < 3 ? key : Integer.parseInt(values.get(1)) <= 0 ? key + ".noRise" : key + ".belowRule";
            default -> key;
        };
    }

    private String dayOrAsIs(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return Texts.formatDate(locale, "format.day", LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }
}
