package io.reload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aNestedFieldIsShownAtTheInputOfItsLastPart() {
        assertEquals("maxMinutes", Refusals.inputId("dosage.maxMinutes"));
        assertEquals("liftKey", Refusals.inputId("liftKey"));
    }
}
