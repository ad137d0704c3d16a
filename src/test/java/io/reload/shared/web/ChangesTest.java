package io.reload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.shared.domain.BusinessException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A button's change through a service: done, refused (handled by the page), or failed (not a refusal). */
class ChangesTest {

    private final List<String> refusals = new ArrayList<>();

    @Test
    void aChangeThatIsDoneGivesWhatItMadeAndNoRefusal() throws IOException {
        Optional<Long> made = Changes.made(() -> 42L, refusal -> refusals.add(refusal.getMessageKey()));

        assertEquals(Optional.of(42L), made);
        assertEquals(List.of(), refusals);
    }

    @Test
    void aRefusedChangeGivesNothingAndThePageHandlesTheRefusal() throws IOException {
        boolean changed = Changes.changed(
                () -> {
                    throw new BusinessException("booking.slot.taken");
                },
                refusal -> refusals.add(refusal.getMessageKey()));

        assertFalse(changed);
        assertEquals(List.of("booking.slot.taken"), refusals);
    }

    @Test
    void aFailureThatIsNoRefusalIsNotCaught() {
        assertThrows(
                IllegalStateException.class,
                () -> Changes.changed(
                        () -> {
                            throw new IllegalStateException("a bug, for the error page");
                        },
                        refusal -> refusals.add(refusal.getMessageKey())));
        assertTrue(refusals.isEmpty());
    }
}
