package io.reload.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded H2's trigger for an append-only table (the audit log): H2 runs a Java class
 * where MySQL runs SQL (see {@link V15__Audit_log_is_append_only}). H2 finds it through the
 * portal's class loader, as it fires in the portal's own requests.
 */
public class RefuseChangeOnH2 implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only", "45000");
    }
}
