package io.reload.testsupport.browser;

import io.reload.testsupport.TestSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The built WAR running on a real Payara Micro in its own process, as it ships.
 *
 * <p>Browser test classes share one such server per test JVM ({@link #shared}, or a
 * {@code DeployedPortal} parameter resolved by {@link Shared}): starting Payara costs 20-30 s,
 * so it starts once, lazily, and lives in the root {@link ExtensionContext} store, which closes
 * it when the whole run ends (JUnit 5.13+ closes stored {@link AutoCloseable}s; the older
 * {@code CloseableResource} is deprecated). A shutdown hook kills it should the JVM end any
 * other way. Classes that need a differently configured server share one by name
 * ({@link #sharedAs}).
 *
 * <p>The server inherits the test JVM's environment, which Failsafe fills with DB_URL,
 * DB_USER, DB_PASSWORD, DB_CLASS and DEMO_DATA=false, so it runs on the test database server without
 * demo data; the shared one on a schema of its own there. FIRST_STAFF_* make the portal create one staff account at start; tests sign in
 * with it ({@link #firstStaff()}) to build the rest of their data the way the clinic would.
 */
public final class DeployedPortal implements AutoCloseable {

    /** What Failsafe sets to point the portal at the test database. */
    public static final List<String> DATABASE_ENVIRONMENT =
            List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_CLASS", "DEMO_DATA");

    private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_LINES_ON_FAILURE = 60;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DeployedPortal.class);

    private final String name;
    private final Process process;
    private final URI baseUrl;
    private final Path log;
    private final String databaseUrl;
    /** The shared server's schema is the browser tests' alone: it goes with the server. */
    private final boolean dropsItsSchemaWhenStopped;

    private Credentials firstStaff;
    private boolean firstStaffChoseOwnPassword;
    private final Thread killOnJvmExit;

    private DeployedPortal(
            String name,
            Process process,
            URI baseUrl,
            Path log,
            Credentials firstStaff,
            String databaseUrl,
            boolean dropsItsSchemaWhenStopped) {
        this.name = name;
        this.dropsItsSchemaWhenStopped = dropsItsSchemaWhenStopped;
        this.databaseUrl = databaseUrl;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.firstStaff = firstStaff;
        // Should JUnit never get to close() (the JVM is killed, a timeout ends the fork),
        // the server must not outlive the tests and hold on to its port and database.
        this.killOnJvmExit = new Thread(process::destroyForcibly, "stop-payara-" + name);
        Runtime.getRuntime().addShutdownHook(killOnJvmExit);
    }

    /**
     * The server all browser test classes of this JVM share; started on first use, on a schema of
     * its own beside the test database's ({@link #BROWSER_SCHEMA_SUFFIX}), made empty for it.
     */
    public static DeployedPortal shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        DeployedPortal.class,
                        key -> start("shared", environment -> environment.put("DB_URL", browserSchema()), true),
                        DeployedPortal.class);
    }

    /**
     * The browser tests' portal keeps its data apart from the service tests' deployment, which
     * runs at the same time on the test database: the portal creates its first staff member only
     * on a database without staff, and a page that counts (open alerts) must not see what the
     * service tests add meanwhile.
     */
    static final String BROWSER_SCHEMA_SUFFIX = "_browser";

    private static String browserSchema() {
        String url = TestSchema.withSchemaSuffix(requiredEnvironment("DB_URL"), BROWSER_SCHEMA_SUFFIX);
        try {
            TestSchema.create(
                    url, requiredEnvironment("DB_USER"), System.getenv().getOrDefault("DB_PASSWORD", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the browser tests' schema " + url, e);
        }
        return url;
    }

    static String requiredEnvironment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the browser tests through ./mvnw verify");
        }
        return value;
    }

    /** The database URL this server runs on (the browser tests' schema for the shared one). */
    public String databaseUrl() {
        return databaseUrl;
    }

    /**
     * The demo clinic: the portal as the README's run command starts it, on its embedded default
     * database with demo data and the demo accounts (no DB_* in its environment), started once
     * for every class that asks for it.
     */
    public static DeployedPortal demoClinic(ExtensionContext context) {
        return sharedAs(context, "embedded-default", environment -> DATABASE_ENVIRONMENT.forEach(environment::remove));
    }

    /**
     * A separately configured server that test classes share by its name (the English and
     * Spanish crawls, say): started on first use, stopped when the whole run ends, like the
     * {@link #shared} one.
     */
    public static DeployedPortal sharedAs(
            ExtensionContext context, String name, Consumer<Map<String, String>> adjustEnvironment) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(name, key -> start(name, adjustEnvironment, false), DeployedPortal.class);
    }

    /**
     * Starts a separate server and waits until it serves its home page. Its working directory
     * is a fresh folder target/browser-portals/&lt;name&gt; (relative files such as the
     * embedded H2 database land there); its output goes to target/browser-portal-&lt;name&gt;.log.
     *
     * @param adjustEnvironment changes the environment the server inherits from this JVM
     * @param dropsItsSchemaWhenStopped whether the schema of its DB_URL is the server's alone, to drop when it stops
     */
    private static DeployedPortal start(
            String name, Consumer<Map<String, String>> adjustEnvironment, boolean dropsItsSchemaWhenStopped) {
        return start(name, adjustEnvironment, dropsItsSchemaWhenStopped, List.of("--nocluster"), randomFirstStaff());
    }

    /**
     * A node of a cluster ({@link PortalCluster}): Payara's data grid joined as the arguments say,
     * with the first staff member all nodes share; its schema is the cluster's to drop.
     */
    static DeployedPortal startNode(
            String name,
            Consumer<Map<String, String>> adjustEnvironment,
            List<String> clusterArguments,
            Credentials firstStaff) {
        return start(name, adjustEnvironment, false, clusterArguments, firstStaff);
    }

    private static DeployedPortal start(
            String name,
            Consumer<Map<String, String>> adjustEnvironment,
            boolean dropsItsSchemaWhenStopped,
            List<String> clusterArguments,
            Credentials firstStaff) {
        Path workDir = freshDirectory(BuildDirectory.resolve("browser-portals/" + name));
        Path log = BuildDirectory.resolve("browser-portal-" + name + ".log");
        int port = freePort();
        URI baseUrl = URI.create("http://localhost:" + port);

        ProcessBuilder builder = new ProcessBuilder(
                        command(port, workDir.resolve("payara-root"), loggingWithPageCounts(workDir), clusterArguments))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("FIRST_STAFF_NAME", firstStaff.name());
        environment.put("FIRST_STAFF_EMAIL", firstStaff.email());
        environment.put("FIRST_STAFF_PASSWORD", firstStaff.password());
        adjustEnvironment.accept(environment);
        String databaseUrl = environment.get("DB_URL");

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro for the browser tests", e);
        }
        DeployedPortal portal =
                new DeployedPortal(name, process, baseUrl, log, firstStaff, databaseUrl, dropsItsSchemaWhenStopped);
        try {
            portal.awaitHomePage();
        } catch (RuntimeException | Error e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    /** e.g. http://localhost:41234, without a trailing slash, so {@code baseUrl() + "/login.xhtml"} works. */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /** The staff account the portal created at start from FIRST_STAFF_*, with its own password once chosen. */
    public synchronized Credentials firstStaff() {
        return firstStaff;
    }

    /** Whether the first staff member has replaced the password the portal was started with (see BrowserTest#firstStaff). */
    public synchronized boolean firstStaffHasOwnPassword() {
        return firstStaffChoseOwnPassword;
    }

    public synchronized void firstStaffChose(String ownPassword) {
        firstStaff = new Credentials(firstStaff.name(), firstStaff.email(), ownPassword);
        firstStaffChoseOwnPassword = true;
    }

    public Path log() {
        return log;
    }

    /** Stops the server: politely first (Payara undeploys and closes the pool), then by force. */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            dropSchemaIfItsOwn();
            try {
                Runtime.getRuntime().removeShutdownHook(killOnJvmExit);
            } catch (IllegalStateException jvmAlreadyExiting) {
                // the hook is running or about to: it kills the process anyway
            }
        }
    }

    private void dropSchemaIfItsOwn() {
        if (!dropsItsSchemaWhenStopped) {
            return;
        }
        try {
            TestSchema.drop(
                    databaseUrl, System.getenv("DB_USER"), System.getenv().getOrDefault("DB_PASSWORD", ""));
        } catch (SQLException e) {
            System.err.println("Could not drop the browser tests' schema " + databaseUrl + ": " + e.getMessage());
        }
    }

    private static final String PAGE_COUNTS_AT_FINE = String.join(
            System.lineSeparator(),
            "",
            "java.util.logging.ConsoleHandler.level=FINE",
            "io.reload.shared.web.PageTransaction.level=FINE",
            "");

    /**
     * The portal's own logging (config/logging.properties) with each page GET's statements and
     * transactions written too ({@code PageTransaction} at FINE), for the tests that count them.
     */
    private static Path loggingWithPageCounts(Path workDir) {
        Path configured = Path.of(requiredProperty("reload.configDir")).resolve("logging.properties");
        Path withCounts = workDir.resolve("logging.properties");
        try {
            Files.writeString(withCounts, Files.readString(configured) + PAGE_COUNTS_AT_FINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withCounts;
    }

    private static List<String> command(int port, Path rootDir, Path logging, List<String> clusterArguments) {
        Path configDir = Path.of(requiredProperty("reload.configDir"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + requiredProperty("reload.tmpDir"),
                "-Dbase.url=http://localhost:" + port + "/"));
        // JaCoCo's agent (the pom's it.coverage.agent), so the report counts what the browser tests run.
        String coverageAgent = System.getProperty("reload.coverageAgent", "");
        if (!coverageAgent.isBlank()) {
            command.add(coverageAgent.strip());
        }
        command.addAll(List.of(
                "-jar",
                requiredProperty("payara.microJar"),
                "--deploy",
                requiredProperty("reload.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port)));
        command.addAll(clusterArguments);
        command.addAll(List.of(
                "--rootdir",
                rootDir.toString(),
                "--prebootcommandfile",
                configDir.resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties",
                logging.toString()));
        return command;
    }

    /**
     * Polls GET / until it answers 200: Payara answers 404 before the WAR is deployed.
     * Between polls it waits on the process itself, so a server that dies fails at once.
     */
    private void awaitHomePage() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(baseUrl.resolve("/"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        Instant deadline = Instant.now().plus(STARTUP_DEADLINE);
        try {
            while (true) {
                if (answersOk(http, home)) {
                    return;
                }
                if (process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw startupFailed("the server exited with code " + process.exitValue());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw startupFailed("GET / did not answer 200 within " + STARTUP_DEADLINE.toSeconds() + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw startupFailed("interrupted while waiting for the server");
        }
    }

    private static boolean answersOk(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private IllegalStateException startupFailed(String reason) {
        System.err.println("Payara Micro '" + name + "' for the browser tests did not start; its log: " + log);
        return new IllegalStateException("Payara Micro '" + name + "' at " + baseUrl + " did not start: " + reason
                + ".\nFull log: " + log + "\nLast lines:\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read the log: " + e + ")";
        }
    }

    /** Ends the server at once, as a crash would: no undeployment, nothing handed over. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    static Credentials randomFirstStaff() {
        SecureRandom random = new SecureRandom();
        byte[] tag = new byte[4];
        random.nextBytes(tag);
        String id = HexFormat.of().formatHex(tag);
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        return new Credentials(
                "Lead " + id,
                "lead-" + id + "@reload.test",
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Payara Micro", e);
        }
    }

    /** Empties the folder left by an earlier run (kept until now so it can be inspected). */
    private static Path freshDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    List<Path> deepestFirst = new ArrayList<>(
                            old.sorted(Comparator.reverseOrder()).toList());
                    for (Path path : deepestFirst) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dir, e);
        }
    }

    private static String requiredProperty(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + key + " is not set: run the browser tests through Failsafe (./mvnw verify)");
        }
        return value;
    }

    /** Resolves a {@code DeployedPortal} parameter (e.g. of a @BeforeAll method) to the shared server. */
    public static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DeployedPortal.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }
    }
}
