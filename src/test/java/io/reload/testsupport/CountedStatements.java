package io.reload.testsupport;

import io.reload.shared.persistence.RequestStatements;
import java.util.concurrent.Callable;

/**
 * The SQL statements a piece of test code ran in the portal, counted as a page's GET counts them
 * ({@link RequestStatements}): for tests that a list costs the same however long it grows.
 */
public final class CountedStatements {

    /** What the work returned and how many statements it ran. */
    public record Counted<T>(T result, int statements) {}

    private CountedStatements() {}

    public static <T> Counted<T> of(Callable<T> work) throws Exception {
        RequestStatements.startCounting();
        try {
            T result = work.call();
            return new Counted<>(result, RequestStatements.stopCounting().statements());
        } finally {
            RequestStatements.stopCounting(); // when the work failed; a no-op after the count above
        }
    }
}
