package io.reload.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build around the integration tests: "create" drops and makes anew the schema
 * named in the test database URL, "drop" removes it. So no run depends on what a previous
 * one left behind. A plain main, not a test.
 */
public final class TestSchema {

    private TestSchema() {}

    public static void main(String[] args) throws SQLException, ClassNotFoundException {
        // exec:java runs each call in a fresh class loader that DriverManager does not search
        Class.forName("com.mysql.cj.jdbc.Driver");
        if (args.length < 3 || !(args[0].equals("create") || args[0].equals("drop"))) {
            throw new IllegalArgumentException("usage: TestSchema create|drop <jdbc url> <user> [password]");
        }
        String url = args[1];
        String schema = schemaOf(url);
        String password = args.length > 3 ? args[3] : "";
        try (Connection connection = DriverManager.getConnection(serverUrlOf(url), args[2], password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            if (args[0].equals("create")) {
                statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
        System.out.println("Test schema " + schema + ": " + args[0] + " done");
    }

    /** jdbc:mysql://host:port/reload_it?x=y -> reload_it (letters, digits and _ only). */
    static String schemaOf(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        String schema = path == null ? "" : path.replaceFirst("^/", "");
        if (!schema.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException(
                    "The test database URL must name a schema of letters, digits and _: " + jdbcUrl);
        }
        return schema;
    }

    /** The same URL without the schema, to connect before the schema exists. */
    static String serverUrlOf(String jdbcUrl) {
        return jdbcUrl.replaceFirst("/" + schemaOf(jdbcUrl) + "(?=\\?|$)", "/");
    }
}
