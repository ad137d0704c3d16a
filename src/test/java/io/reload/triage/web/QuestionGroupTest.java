package io.reload.triage.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.triage.domain.Symptom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupTest {

    /** An answer missing from every group could never be ticked; one in two groups would be asked twice. */
    @Test
    void theSelfCheckPageAsksEveryAnswerExactlyOnce() {
        List<Symptom> asked = Arrays.stream(QuestionGroup.values())
                .flatMap(group -> group.getSymptoms().stream())
                .toList();

        assertEquals(Symptom.values().length, asked.size(), "asked: " + asked);
        assertEquals(EnumSet.allOf(Symptom.class), EnumSet.copyOf(asked));
    }
}
