package io.reload.testsupport.browser;

import io.reload.testsupport.TestSchema;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two nodes of the built WAR on one database, joined in Payara Micro's Hazelcast data grid by
 * TCP/IP on loopback (each member listed: {@code --clustermode} takes no port range), as the
 * README's "More than one server" runs them. Started at the same moment on an empty schema of
 * their own with demo data on, so both do their start-up work at once; stopped, and the schema
 * dropped, when the whole run ends.
 */
public final class PortalCluster implements AutoCloseable {

    static final String CLUSTER_SCHEMA_SUFFIX = "_cluster";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalCluster.class);

    private final DeployedPortal first;
    private final DeployedPortal second;
    private final String databaseUrl;

    private PortalCluster(DeployedPortal first, DeployedPortal second, String databaseUrl) {
        this.first = first;
        this.second = second;
        this.databaseUrl = databaseUrl;
    }

    /** The cluster of this test run, started on first use. */
    public static PortalCluster shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(PortalCluster.class, key -> start(), PortalCluster.class);
    }

    public DeployedPortal first() {
        return first;
    }

    public DeployedPortal second() {
        return second;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    private static PortalCluster start() {
        String databaseUrl = emptySchema();
        int firstGridPort = DeployedPortal.freePort();
        int secondGridPort = DeployedPortal.freePort();
        // a name of its own, so no other Payara on this machine joins it
        String clusterName = "reload-test-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String members = "tcpip:127.0.0.1:" + firstGridPort + ",127.0.0.1:" + secondGridPort;
        Credentials firstStaff = DeployedPortal.randomFirstStaff();
        CompletableFuture<DeployedPortal> first = CompletableFuture.supplyAsync(
                () -> node("cluster-1", databaseUrl, members, clusterName, firstGridPort, firstStaff));
        CompletableFuture<DeployedPortal> second = CompletableFuture.supplyAsync(
                () -> node("cluster-2", databaseUrl, members, clusterName, secondGridPort, firstStaff));
        try {
            return new PortalCluster(first.join(), second.join(), databaseUrl);
        } catch (CompletionException failed) {
            first.thenAccept(DeployedPortal::close);
            second.thenAccept(DeployedPortal::close);
            throw failed;
        }
    }

    private static DeployedPortal node(
            String name, String databaseUrl, String members, String clusterName, int gridPort, Credentials firstStaff) {
        return DeployedPortal.startNode(
                name,
                environment -> {
                    environment.put("DB_URL", databaseUrl);
                    environment.put("DEMO_DATA", "true");
                    environment.put("SESSIONS_IN_CLUSTER", "true");
                    // reminder rounds every 2 s instead of 5 min, so a test sees several
                    environment.put("REMINDERS_EVERY", "PT2S");
                },
                List.of(
                        "--clustermode", members,
                        "--clustername", clusterName,
                        "--startport", String.valueOf(gridPort),
                        "--interfaces", "127.0.0.1",
                        "--name", name),
                firstStaff);
    }

    private static String emptySchema() {
        String url = TestSchema.withSchemaSuffix(DeployedPortal.requiredEnvironment("DB_URL"), CLUSTER_SCHEMA_SUFFIX);
        try {
            TestSchema.create(url, DeployedPortal.requiredEnvironment("DB_USER"), password());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the cluster's schema " + url, e);
        }
        return url;
    }

    private static String password() {
        return System.getenv().getOrDefault("DB_PASSWORD", "");
    }

    @Override
    public void close() throws SQLException {
        try {
            first.close();
            second.close();
        } finally {
            TestSchema.drop(databaseUrl, DeployedPortal.requiredEnvironment("DB_USER"), password());
        }
    }
}
