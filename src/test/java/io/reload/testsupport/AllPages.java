package io.reload.testsupport;

import io.reload.shared.domain.PageOfRows;
import java.util.ArrayList;
import java.util.List;

/** Every row of a paged list, page after page: for tests that look for a row wherever it landed. */
public final class AllPages {

    /** Reads one page of the list (0-based). */
    @FunctionalInterface
    public interface PageReader<T> {
        PageOfRows<T> read(int page) throws Exception;
    }

    private AllPages() {}

    public static <T> List<T> rowsOf(PageReader<T> list) throws Exception {
        PageOfRows<T> first = list.read(0);
        List<T> rows = new ArrayList<>(first.getRows());
        for (int page = 1; page < first.getPageCount(); page++) {
            rows.addAll(list.read(page).getRows());
        }
        return rows;
    }
}
