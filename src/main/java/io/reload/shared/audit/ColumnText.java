package io.reload.shared.audit;

/** Text for a column of limited length: what anyone typed is kept, cut to fit rather than refused. */
final class ColumnText {

    private ColumnText() {}

    static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
