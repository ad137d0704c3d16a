package io.reload.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.EventFacts;
import io.reload.protocol.service.PlanView.EventRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** An event told apart by its one value. */
    private static EventFacts said(String what) {
        return new EventFacts(PlanEventKind.STAYED, List.of(what), new LoadScale(WeightUnit.KG, new BigDecimal("2.5")));
    }

    @Test
    void todaysDecisionsAreTheRulesEventsOfTodayInTheOrderTheyWereMade() {
        List<EventRow> newestFirst = List.of(
                new EventRow(TODAY, said("stayed"), null, null, false),
                new EventRow(TODAY, said("load kept"), null, null, false),
                new EventRow(TODAY.minusDays(1), said("yesterday's gate"), null, null, true));
        assertEquals(List.of(said("load kept"), said("stayed")), PortalView.decisionsOn(TODAY, newestFirst));
    }

    @Test
    void whatATherapistDidTodayIsNoDecisionOfTheRules() {
        List<EventRow> newestFirst = List.of(
                new EventRow(TODAY, said("moved by hand"), "Tara Therapist", "pain settled", true),
                new EventRow(TODAY, said("assigned"), "Tara Therapist", null, false));
        assertEquals(List.of(), PortalView.decisionsOn(TODAY, newestFirst));
    }

    @Test
    void nothingDecidedYetTodayIsNoDecision() {
        assertEquals(
                List.of(),
                PortalView.decisionsOn(
                        TODAY, List.of(new EventRow(TODAY.minusDays(1), said("stayed"), null, null, false))));
    }
}
