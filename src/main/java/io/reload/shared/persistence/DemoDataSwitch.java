package io.reload.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether to load demo data: DEMO_DATA (or -Ddemo.data) decides when set; otherwise demo
 * data comes with the embedded H2 default and never with a configured MySQL.
 */
@ApplicationScoped
public class DemoDataSwitch {

    @Inject
    @ConfigProperty(name = "demo.data")
    Optional<Boolean> configured;

    @Resource(lookup = "java:app/jdbc/reload")
    DataSource dataSource;

    public boolean isOn() {
        return configured.orElseGet(this::onEmbeddedDatabase);
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
            return connection.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's name", e);
        }
    }
}
