package io.reload.testsupport.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of the browser tests' database copied straight in SQL, for a test that needs more of
 * something than pages could make in reasonable time (a therapist with more clients than a list's
 * page). The row to copy is made through the portal first, so every copy is a row the portal
 * itself would write, with the columns it names changed.
 */
public final class DatabaseRows implements AutoCloseable {

    private final Connection connection;

    public DatabaseRows(String databaseUrl) throws SQLException {
        connection = DriverManager.getConnection(databaseUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** The value of one column of the first row a query finds; fails when it finds none. */
    public long number(String query, Object... parameters) throws SQLException {
        try (PreparedStatement select = prepared(query, parameters);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + query);
            }
            return row.getLong(1);
        }
    }

    /**
     * Copies the table's row whose key column holds the value, with the changed columns set as
     * given; a table with an {@code id} column gets a new one. Returns the copy's new id, or 0.
     */
    public long copy(String table, String keyColumn, long key, Map<String, Object> changed) throws SQLException {
        Map<String, Object> columns = new LinkedHashMap<>();
        try (PreparedStatement select = prepared("select * from " + table + " where " + keyColumn + " = ?", key);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No row in " + table + " with " + keyColumn + " " + key);
            }
            ResultSetMetaData meta = row.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                String name = meta.getColumnName(column).toLowerCase();
                if (!name.equals("id")) {
                    columns.put(name, row.getObject(column));
                }
            }
        }
        changed.forEach((name, value) -> columns.put(name.toLowerCase(), value));
        String insert = "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", columns.keySet().stream().map(name -> "?").toList()) + ")";
        try (PreparedStatement copy = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            List<Object> values = new ArrayList<>(columns.values());
            for (int i = 0; i < values.size(); i++) {
                copy.setObject(i + 1, values.get(i));
            }
            copy.executeUpdate();
            try (ResultSet keys = copy.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private PreparedStatement prepared(String query, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
