package io.reload.shared.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log ("who saw client X") is append-only in the database itself: triggers refuse
 * every UPDATE and DELETE of its rows, whatever account or tool sends them, so a record of a
 * view cannot be changed afterwards, not even by the portal. A Java migration (Flyway's naming:
 * version 15) because each database writes triggers its own way: MySQL and MariaDB in SQL, the
 * embedded H2 as a Java class ({@link RefuseChangeOnH2}).
 *
 * <p>On MySQL with binary logging (the default), creating a trigger needs SUPER or
 * {@code log_bin_trust_function_creators=1}; docker/compose.yaml starts MySQL with the latter.
 */
@SuppressWarnings("java:S101") // Flyway reads the version from the class name
public class V15__Audit_log_is_append_only extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V15__Audit_log_is_append_only.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        String product =
                context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String refusal = product.contains("h2")
                ? "CALL '" + RefuseChangeOnH2.class.getName() + "'"
                : "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only'";
        try (Statement statement = context.getConnection().createStatement()) {
            for (String change : new String[] {"UPDATE", "DELETE"}) {
                statement.execute("CREATE TRIGGER audit_log_no_" + change.toLowerCase(Locale.ROOT) + " BEFORE " + change
                        + " ON audit_log FOR EACH ROW " + refusal);
            }
        }
        LOG.info(() -> "The audit log is append-only on " + product);
    }
}
