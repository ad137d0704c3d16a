package io.reload.protocol.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScreenFindingsTest {

    @Test
    void aPlanNeedsAtLeastOneHeadingWithText() {
        assertFalse(ScreenFindings.isGrounded(ScreenOutcome.PLAN_NEEDED, null, "", "  ", "\n", null));
        assertTrue(ScreenFindings.isGrounded(ScreenOutcome.PLAN_NEEDED, null, null, null, null, "Hinge breaks"));
    }

    @Test
    void noPlanNeededMayStandWithoutFindings() {
        assertTrue(ScreenFindings.isGrounded(ScreenOutcome.NO_PLAN_NEEDED, null, null, null, null, null));
    }

    @Test
    void blankHeadingsAreStoredAsNothingNotedAndTextsStripped() {
        ScreenFindings findings = new ScreenFindings(7);
        findings.record(
                " Desk too low ", "  ", null, "Weak glutes", "", ScreenOutcome.PLAN_NEEDED, null, Instant.EPOCH);
        assertEquals("Desk too low", findings.getErgonomics());
        assertNull(findings.getPosture());
        assertNull(findings.getMovementPatterns());
        assertEquals(ScreenOutcome.PLAN_NEEDED, findings.getOutcome());
    }

    @Test
    void recordingAPlanWithoutFindingsIsAProgrammingError() {
        ScreenFindings findings = new ScreenFindings(7);
        assertThrows(
                IllegalArgumentException.class,
                () -> findings.record(null, null, null, null, null, ScreenOutcome.PLAN_NEEDED, null, Instant.EPOCH));
    }
}
