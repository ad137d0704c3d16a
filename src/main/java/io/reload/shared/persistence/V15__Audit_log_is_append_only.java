package io.reload.shared.persistence;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The audit log ("who saw client X") is append-only in the database itself: triggers refuse
 * every UPDATE and DELETE of its rows, whatever account or tool sends them, so a record of a
 * view cannot be changed afterwards, not even by the portal. A Java migration (Flyway's naming:
 * version 15) because the trigger is MySQL's (and MariaDB's) dialect; the embedded H2 of the demo
 * has no SQL triggers of that kind and goes without (a demo holds no real health data).
 *
 * <p>On MySQL with binary logging (the default), creating a trigger needs SUPER or
 * {@code log_bin_trust_function_creators=1}; docker/compose.yaml starts MySQL with the latter.
 */
@SuppressWarnings("java:S101") // Flyway reads the version from the class name
public class V15__Audit_log_is_append_only extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V15__Audit_log_is_append_only.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            LOG.info(() -> "Audit log triggers left out on " + product + " (MySQL and MariaDB only)");
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String change : new String[] {"UPDATE", "DELETE"}) {
                statement.execute("CREATE TRIGGER audit_log_no_" + change.toLowerCase(Locale.ROOT)
                        + " BEFORE " + change + " ON audit_log FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only'");
            }
        }
    }
}
