package io.reload.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.protocol.domain.PlanEventKind;
import io.reload.shared.text.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sentence an event is told in, where its numbers choose between variants. */
class EventWordsTest {

    private static String told(PlanEventKind kind, String... values) {
        List<String> raw = List.of(values);
        return Texts.format(Locale.ENGLISH, EventWords.key(kind, raw), raw.toArray());
    }

    @Test
    void aPlanThatStaysSaysThePainRoseLessThanTheRuleAsks() {
        assertEquals(
                "The plan stays in \"Active recovery\": pain rose by 1, and only a rise of 2 points or more moves a plan back.",
                told(PlanEventKind.STAYED, "Active recovery", "1", "2"));
    }

    @Test
    void aPlanThatStaysWithoutARiseSaysPainDidNotRise() {
        String noRise =
                "The plan stays in \"Reload\": pain did not rise during the session (a rise of 2 points or more moves a plan back).";
        assertEquals(noRise, told(PlanEventKind.STAYED, "Reload", "0", "2"));
        assertEquals(noRise, told(PlanEventKind.STAYED, "Reload", "-3", "2"), "pain that fell did not rise either");
    }

    @Test
    void aStayLoggedBeforeTheRuleWasKeptWithItSaysOnlyThatThePlanStays() {
        assertEquals("The plan stays in \"Reload\".", told(PlanEventKind.STAYED, "Reload", "1"));
    }

    @Test
    void noCheckPassedYetIsSaidSo() {
        assertEquals(
                "None of the 4 checks of \"Rebuild movement\" passed yet: all of them must pass before moving on.",
                told(PlanEventKind.GATE_NOT_YET, "Rebuild movement", "4", "4"));
        assertEquals(
                "1 of the 4 checks of \"Rebuild movement\" still to pass before moving on.",
                told(PlanEventKind.GATE_NOT_YET, "Rebuild movement", "1", "4"));
    }
}
