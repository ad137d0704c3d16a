package io.reload.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** On the embedded H2 (the demo's database) the audit log refuses updates and deletes too; MySQL/MariaDB: TrendServicesIT. */
class AuditLogAppendOnlyTest {

    @Test
    void afterTheMigrationRowsCanBeAddedButNeverChangedNorDeleted() throws Exception {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:h2:mem:audit;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
                Statement sql = connection.createStatement()) {
            sql.execute("create table audit_log (id bigint primary key, what varchar(200))");
            sql.execute("insert into audit_log values (1, 'plan')");

            new V15__Audit_log_is_append_only().migrate(contextOf(connection));

            sql.execute("insert into audit_log values (2, 'progress charts')");
            assertThrows(SQLException.class, () -> sql.execute("update audit_log set what = 'rewritten'"));
            assertThrows(SQLException.class, () -> sql.execute("delete from audit_log where id = 1"));
            try (ResultSet rows = sql.executeQuery("select count(*) from audit_log where what <> 'rewritten'")) {
                rows.next();
                assertEquals(2, rows.getInt(1));
            }
        }
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
