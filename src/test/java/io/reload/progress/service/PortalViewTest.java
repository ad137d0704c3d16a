package io.reload.progress.service;

import io.reload.protocol.service.PlanView.EventRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void todaysDecisionsAreTheRulesEventsOfTodayInTheOrderTheyWereMade() {
        List<EventRow> newestFirst = List.of(
                new EventRow(TODAY, "stayed", null, null, false),
                new EventRow(TODAY, "load kept", null, null, false),
                new EventRow(TODAY.minusDays(1), "yesterday's gate", null, null, true));
        assertEquals(List.of("load kept", "stayed"), PortalView.decisionsOn(TODAY, newestFirst));
    }

    @Test
    void whatATherapistDidTodayIsNoDecisionOfTheRules() {
        List<EventRow> newestFirst = List.of(
                new EventRow(TODAY, "moved by hand", "Tara Therapist", "pain settled", true),
                new EventRow(TODAY, "assigned", "Tara Therapist", null, false));
        assertEquals(List.of(), PortalView.decisionsOn(TODAY, newestFirst));
    }

    @Test
    void nothingDecidedYetTodayIsNoDecision() {
        assertEquals(List.of(), PortalView.decisionsOn(TODAY, List.of(new EventRow(TODAY.minusDays(1), "stayed", null, null, false))));
    }
}
