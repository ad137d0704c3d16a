package io.reload.shared.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The session version of an account that may sign in (see V10): read from the database on
 * every request of a signed-in session, so a password change or a switched-off account ends
 * sessions on every node at once, with nothing kept in memory. One primary-key-sized lookup by
 * the unique email; plain JDBC like the identity store's queries, since shared knows no feature.
 */
@ApplicationScoped
public class SessionVersions {

    static final String QUERY = "select session_version from accounts where email = ? and active = TRUE";

    @Resource(lookup = "java:app/jdbc/reload")
    DataSource dataSource;

    static final String MUST_CHANGE_QUERY = "select must_change_password from accounts where email = ?";

    /** Whether the account must replace its password before anything else (the first staff member's). */
    public boolean mustChangePassword(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(MUST_CHANGE_QUERY)) {
            statement.setString(1, email);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read whether an account must change its password", e);
        }
    }

    /** The current version, or empty when the account is gone or switched off. */
    public OptionalLong of(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, email);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session version of a signed-in account", e);
        }
    }
}
