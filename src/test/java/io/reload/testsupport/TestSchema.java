package io.reload.testsupport;

import com.mysql.cj.jdbc.AbandonedConnectionCleanupThread;
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
        String password = args.length > 3 ? args[3] : "";
        if (args[0].equals("create")) {
            create(args[1], args[2], password);
        } else {
            drop(args[1], args[2], password);
        }
        System.out.println("Test schema " + schemaOf(args[1]) + ": " + args[0] + " done");
        // Connector/J's cleanup thread would outlive main, and exec:java waits 15 s for it to end
        AbandonedConnectionCleanupThread.checkedShutdown();
    }

    /** Drops the schema named in the URL if it is there, and makes it anew, empty. */
    public static void create(String url, String user, String password) throws SQLException {
        String schema = schemaOf(url);
        onTheServer(
                url,
                user,
                password,
                "DROP DATABASE IF EXISTS `" + schema + "`",
                "CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public static void drop(String url, String user, String password) throws SQLException {
        onTheServer(url, user, password, "DROP DATABASE IF EXISTS `" + schemaOf(url) + "`");
    }

    /** Runs the statements connected to the URL's server, not its schema (which may not exist yet). */
    private static void onTheServer(String url, String user, String password, String... statements)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrlOf(url), user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The same URL naming another schema on the same server: reload_it -> reload_it_browser for "_browser". */
    public static String withSchemaSuffix(String jdbcUrl, String suffix) {
        String schema = schemaOf(jdbcUrl);
        return jdbcUrl.replaceFirst("/" + schema + "(?=\\?|$)", "/" + schema + suffix);
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
