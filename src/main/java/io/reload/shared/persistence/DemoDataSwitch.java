package io.reload.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether to load demo data: DEMO_DATA (or -Ddemo.data) decides when set; otherwise demo
 * data comes with the embedded H2 default and never with a configured MySQL. Either way never
 * into a database that holds anyone but the demo accounts (all at {@value #DEMO_DOMAIN}): demo
 * clients with a shared, published password must not appear among a clinic's real ones.
 * Decided once, at the first question, so the answer stays the same while the portal runs.
 */
@ApplicationScoped
public class DemoDataSwitch {

    /** The demo accounts' domain (README), reserved for them. */
    public static final String DEMO_DOMAIN = "reload.example";

    private static final Logger LOG = Logger.getLogger(DemoDataSwitch.class.getName());

    private Boolean on;

    @Inject
    @ConfigProperty(name = "demo.data")
    Optional<Boolean> configured;

    @Resource(lookup = "java:app/jdbc/reload")
    DataSource dataSource;

    public synchronized boolean isOn() {
        if (on == null) {
            boolean wanted = configured.orElseGet(this::onEmbeddedDatabase);
            on = wanted && !holdsRealAccounts();
            if (wanted && !on) {
                LOG.warning("Demo data is off: the database holds accounts other than the demo ones (@" + DEMO_DOMAIN
                        + ")");
            }
        }
        return on;
    }

    private boolean holdsRealAccounts() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from accounts where email not like ?")) {
            query.setString(1, "%@" + DEMO_DOMAIN);
            try (ResultSet count = query.executeQuery()) {
                return count.next() && count.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the accounts", e);
        }
    }

    /** For the log: which database the portal runs on, e.g. "H2 2.2.224 (embedded)". */
    public String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion()
                    + (onEmbeddedDatabase() ? " (embedded)" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's name", e);
        }
    }

    private boolean onEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toUpperCase(java.util.Locale.ROOT)
                    .contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's name", e);
        }
    }
}
