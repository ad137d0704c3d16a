package io.reload.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which page a list shows, and the links around it. */
class PageOfRowsTest {

    @Test
    void aPageAskedForOutsideTheListIsTheNearestOneInIt() {
        assertEquals(0, PageOfRows.within(-3, 50, 55));
        assertEquals(1, PageOfRows.within(1, 50, 55));
        assertEquals(1, PageOfRows.within(99, 50, 55));
        assertEquals(0, PageOfRows.within(2, 50, 50));
        assertEquals(0, PageOfRows.within(4, 50, 0));
    }

    @Test
    void theFirstRowOfAPageFollowsTheRowsOfThePagesBefore() {
        assertEquals(0, PageOfRows.firstRow(0, 50));
        assertEquals(100, PageOfRows.firstRow(2, 50));
    }

    @Test
    void aPageKnowsWhetherPagesComeBeforeOrAfterIt() {
        PageOfRows<String> first = new PageOfRows<>(List.of("a", "b"), 0, 2, 5);
        PageOfRows<String> last = new PageOfRows<>(List.of("e"), 2, 2, 5);
        PageOfRows<String> empty = new PageOfRows<>(List.of(), 0, 2, 0);

        assertEquals(3, first.getPageCount());
        assertTrue(first.isFirst());
        assertFalse(first.isLast());
        assertTrue(last.isLast());
        assertFalse(last.isFirst());
        assertEquals(1, empty.getPageCount());
        assertTrue(empty.isFirst() && empty.isLast());
    }
}
