package io.reload.shared.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list too long to show at once: its rows, which page it is (0-based) and how many
 * rows the whole list has, so that a page can link to the pages before and after it. A list reads
 * a page as a count and one query for its rows, so what a page costs does not grow with the list.
 */
public class PageOfRows<T> implements Serializable {

    private final List<T> rows;
    private final int page;
    private final int size;
    private final long total;

    public PageOfRows(List<T> rows, int page, int size, long total) {
        this.rows = List.copyOf(rows);
        this.page = page;
        this.size = size;
        this.total = total;
    }

    /** The page asked for, kept within the list: before the first is the first, after the last is the last. */
    public static int within(int requested, int size, long total) {
        return Math.max(0, Math.min(requested, pageCount(size, total) - 1));
    }

    /** The first row of the page, 0-based, as a query's first result. */
    public static int firstRow(int page, int size) {
        return page * size;
    }

    private static int pageCount(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public List<T> getRows() {
        return rows;
    }

    /** 0-based. */
    public int getPage() {
        return page;
    }

    public long getTotal() {
        return total;
    }

    public int getPageCount() {
        return pageCount(size, total);
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return page >= getPageCount() - 1;
    }
}
