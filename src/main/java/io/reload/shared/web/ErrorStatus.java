package io.reload.shared.web;

import io.reload.shared.domain.BusinessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Which failures of a page are not errors of the portal, and the HTTP status each one gets.
 * Anything not named here is unexpected: the 500 page with a reference.
 */
enum ErrorStatus {

    /** A refusal nobody caught while reading a page: an unknown id, or someone else's. */
    NOT_FOUND(404),
    /** The database cannot be reached: the page says to try again shortly. */
    UNAVAILABLE(503);

    /** SQL states of class 08 are connection exceptions (SQL standard, JDBC SQLException). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Payara's pool says this when it cannot open a connection to the database. */
    private static final String POOL_WITHOUT_CONNECTION = "Error in allocating a connection";

    private final int code;

    ErrorStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    /** The status for an error, judged by every cause in its chain; empty when unexpected. */
    static Optional<ErrorStatus> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BusinessException) {
                return Optional.of(NOT_FOUND);
            }
            if (isLostDatabase(cause)) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    private static boolean isLostDatabase(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
        }
        return cause.getMessage() != null && cause.getMessage().contains(POOL_WITHOUT_CONNECTION);
    }
}
