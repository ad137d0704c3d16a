package io.reload.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalsTest {

    @Test
    void aNestedFieldIsShownAtTheInputOfItsLastPart() {
        assertEquals("maxMinutes", Refusals.inputId("dosage.maxMinutes"));
        assertEquals("liftKey", Refusals.inputId("liftKey"));
    }
}
