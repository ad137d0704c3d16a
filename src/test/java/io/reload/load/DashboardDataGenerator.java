package io.reload.load;

import io.reload.demo.DemoAccounts;
import io.reload.protocol.domain.EscalationWindows;
import io.reload.shared.persistence.FlywayIntegrator;
import io.reload.trends.domain.ClientHistory;
import io.reload.trends.domain.PainLog;
import io.reload.trends.domain.Trend;
import io.reload.trends.domain.TrendCalculator;
import io.reload.trends.domain.TrendFlag;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Fills a MySQL (or MariaDB) database with a clinic at scale for the dashboard's load test:
 * therapists, clients with an active plan each, a history of logged sessions (pain entries), some
 * moves back, and each client's dashboard row worked out by the same {@link TrendCalculator} the
 * portal uses. Kept out of the portal's start-up: run it by hand (README, "Load test").
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.reload.load.DashboardDataGenerator \
 *     -Dexec.args="jdbc:mysql://127.0.0.1:3306/reload_load?createDatabaseIfNotExist=true root 10000 1000000"
 * </pre>
 * Arguments: JDBC URL, user, clients, pain entries (sessions) in all; the password comes from the
 * environment variable DB_PASSWORD (empty when unset), never from the command line. The schema is
 * migrated first (Flyway, the portal's own migrations). Rows it wrote before are left alone: run it
 * on an empty schema.
 */
public final class DashboardDataGenerator {

    private static final int THERAPISTS = 20;
    private static final int BATCH = 5_000;
    /** Every generated account's password, as the README's load test gives it; never for real data. */
    static final String PASSWORD = "load-test-password-2026";
    /** Every generated therapist's and staff member's second factor: the README's demo secret. */
    static final String SECOND_FACTOR_SECRET = DemoAccounts.DEMO_SECOND_FACTOR_SECRET;
    /** Staff accounts load-staff-1 ... -n@reload.test, one per simulated staff member. */
    static final int STAFF = 10;

    private static final String[] FIRST = {
        "Alex", "Sam", "Jo", "Robin", "Kim", "Lee", "Max", "Ana", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus", "Hana",
        "Ivo", "Jin", "Kai", "Lena", "Milo"
    };
    private static final String[] LAST = {
        "Morgan",
        "Rivera",
        "Nguyen",
        "Haddad",
        "Okafor",
        "Larsen",
        "Silva",
        "Kowalski",
        "Tanaka",
        "Dubois",
        "Fischer",
        "Rossi",
        "Novak",
        "Singh",
        "Costa"
    };

    private final Connection db;
    private final Random random = new Random(2026);
    /** One hash for every generated account: the same password, hashed as the portal does, once. */
    private final String passwordHash = PortalHash.of(PASSWORD);

    private final LocalDate today;
    private final ZoneId zone;

    private DashboardDataGenerator(Connection db, LocalDate today, ZoneId zone) {
        this.db = db;
        this.today = today;
        this.zone = zone;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("Arguments: <jdbc url> <user> <clients> <pain entries>; the password in DB_PASSWORD");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        int clients = Integer.parseInt(args[2]);
        int entries = Integer.parseInt(args[3]);
        FlywayIntegrator.migrations().dataSource(url, user, password).load().migrate();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(
                url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", user, password)) {
            db.setAutoCommit(false);
            ZoneId zone = clinicZone(db);
            new DashboardDataGenerator(db, LocalDate.now(zone), zone).generate(clients, entries);
        }
        System.out.printf(
                "Generated %,d clients and %,d pain entries in %.1f s%n",
                clients, entries, (System.nanoTime() - started) / 1e9);
    }

    private static ZoneId clinicZone(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT time_zone FROM clinic_settings WHERE id = 1")) {
            row.next();
            return ZoneId.of(row.getString(1));
        }
    }

    private void generate(int clients, int entries) throws SQLException {
        long template = single("SELECT id FROM protocol_templates WHERE owner_id IS NULL AND plan_copy = FALSE");
        List<String> phases =
                strings("SELECT name FROM protocol_phases WHERE template_id = " + template + " ORDER BY position");
        List<Long> therapists = new ArrayList<>();
        List<String> therapistNames = new ArrayList<>();
        for (int i = 1; i <= THERAPISTS; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length] + " (therapist " + i + ")";
            long therapist = account(name, "load-therapist-" + i + "@reload.test", "THERAPIST");
            secondFactor(therapist);
            therapists.add(therapist);
            therapistNames.add(name);
        }
        for (int i = 1; i <= STAFF; i++) {
            secondFactor(account("Load Staff " + i, "load-staff-" + i + "@reload.test", "STAFF"));
        }
        db.commit();
        int perClient = Math.max(1, entries / clients);
        for (int first = 0; first < clients; first += 500) {
            for (int i = first; i < Math.min(clients, first + 500); i++) {
                int therapist = i % THERAPISTS;
                client(i, therapists.get(therapist), therapistNames.get(therapist), template, phases, perClient);
            }
            flushAll();
            db.commit();
            System.out.printf("%,d clients%n", Math.min(clients, first + 500));
        }
    }

    private PreparedStatement accounts;
    private PreparedStatement sessions;
    private PreparedStatement events;
    private PreparedStatement trends;
    private int pending;

    private void client(
            int number, long therapistId, String therapistName, long template, List<String> phases, int sessionCount)
            throws SQLException {
        String name =
                FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + (number + 1);
        long client = account(name, "load-client-" + (number + 1) + "@reload.test", "CLIENT");
        int phaseIndex = random.nextInt(phases.size());
        LocalDate startsOn = today.minusDays(sessionCount + 10L);
        LocalDate phaseStartedOn = today.minusDays(1 + random.nextInt(20));
        long plan = insert(
                "INSERT INTO plans (client_id, therapist_id, template_id, starts_on, one_rep_max_kg, body_weight_kg, weight_unit, status, "
                        + "phase_index, phase_started_on, evaluated_through, created_at, version) VALUES (?, ?, ?, ?, 140, 80, 'KG', 'ACTIVE', ?, ?, ?, ?, 0)",
                client,
                therapistId,
                template,
                Date.valueOf(startsOn),
                phaseIndex,
                Date.valueOf(phaseStartedOn),
                Date.valueOf(today),
                Timestamp.from(Instant.now()));

        List<PainLog> logs = new ArrayList<>();
        List<LocalDate> movedBack = new ArrayList<>();
        int pain = 3 + random.nextInt(5);
        boolean worsening = random.nextInt(10) == 0; // one in ten is getting worse
        for (int s = 0; s < sessionCount; s++) {
            LocalDate day = today.minusDays(sessionCount - 1L - s);
            int before = pain;
            int step = worsening ? random.nextInt(3) - 0 : random.nextInt(3) - 1 - (random.nextInt(4) == 0 ? 1 : 0);
            int after = Math.max(0, Math.min(10, before + step));
            Instant at = day.atTime(7 + random.nextInt(12), random.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            boolean redFlag = random.nextInt(2_000) == 0;
            sessions.setLong(1, client);
            sessions.setLong(2, plan);
            sessions.setDate(3, Date.valueOf(day));
            sessions.setTimestamp(4, Timestamp.from(at));
            sessions.setInt(5, before);
            sessions.setInt(6, after);
            sessions.setInt(7, phaseIndex + 1);
            sessions.setString(8, phases.get(phaseIndex));
            sessions.setBoolean(9, redFlag);
            sessions.setTimestamp(10, Timestamp.from(at));
            sessions.addBatch();
            logs.add(new PainLog(day, at, before, after, redFlag));
            if (after - before >= 2 && phaseIndex > 0) {
                events.setLong(1, plan);
                events.setDate(2, Date.valueOf(day));
                events.setString(
                        3,
                        (after - before) + "\u001F" + phases.get(phaseIndex) + "\u001F" + phases.get(phaseIndex - 1));
                events.setInt(4, phaseIndex + 1);
                events.setInt(5, phaseIndex);
                events.setTimestamp(6, Timestamp.from(at));
                events.addBatch();
                movedBack.add(day);
            }
            pain = Math.max(0, Math.min(10, after + (worsening ? 0 : -random.nextInt(2))));
            pendingRow();
        }
        Trend trend = TrendCalculator.on(
                today,
                new ClientHistory(
                        startsOn,
                        phaseStartedOn,
                        new EscalationWindows(14, 72),
                        logs,
                        movedBack.stream()
                                .filter(day -> !day.isBefore(today.minusDays(TrendCalculator.MOVED_BACK_DAYS)))
                                .toList(),
                        false,
                        false));
        trendRow(
                client,
                plan,
                therapistId,
                name,
                therapistName,
                phaseIndex + 1,
                phases.get(phaseIndex),
                phaseStartedOn,
                trend);
    }

    private void trendRow(
            long client,
            long plan,
            long therapist,
            String name,
            String therapistName,
            int position,
            String phase,
            LocalDate phaseStartedOn,
            Trend trend)
            throws SQLException {
        int i = 1;
        trends.setLong(i++, client);
        trends.setLong(i++, plan);
        trends.setLong(i++, therapist);
        trends.setString(i++, name);
        trends.setString(i++, therapistName);
        trends.setInt(i++, position);
        trends.setString(i++, phase);
        trends.setDate(i++, Date.valueOf(phaseStartedOn));
        trends.setObject(i++, trend.lastPain());
        trends.setObject(i++, trend.lastLoggedOn() == null ? null : Date.valueOf(trend.lastLoggedOn()));
        trends.setObject(i++, trend.change7Days());
        trends.setInt(i++, trend.sessions14Days());
        trends.setInt(i++, trend.expected14Days());
        trends.setInt(i++, trend.adherencePercent());
        for (TrendFlag flag : List.of(
                TrendFlag.MOVED_BACK,
                TrendFlag.WORSE_AFTER_72_HOURS,
                TrendFlag.NO_IMPROVEMENT,
                TrendFlag.RED_FLAG,
                TrendFlag.EMERGENCY_SELF_CHECK,
                TrendFlag.MISSED_SCREEN)) {
            trends.setBoolean(i++, trend.flags().contains(flag));
        }
        trends.setInt(i++, trend.flags().size());
        trends.setString(
                i++,
                trend.sparkline().stream()
                        .map(value -> value == null ? "" : value.toString())
                        .collect(Collectors.joining(",")));
        trends.setDate(i++, Date.valueOf(today));
        trends.setTimestamp(i, Timestamp.from(Instant.now()));
        trends.addBatch();
    }

    private long account(String name, String email, String role) throws SQLException {
        prepare();
        return insert(
                "INSERT INTO accounts (email, password_hash, full_name, role, created_at, version) VALUES (?, ?, ?, ?, ?, 0)",
                email,
                passwordHash,
                name,
                role,
                Timestamp.from(Instant.now()));
    }

    /** A second factor set up with the load secret, as if confirmed with the app long ago. */
    private void secondFactor(long account) throws SQLException {
        insert(
                "INSERT INTO second_factors (account_id, secret, confirmed_at, last_used_step, created_at, version) VALUES (?, ?, ?, 0, ?, 0)",
                account,
                SECOND_FACTOR_SECRET,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    }

    private void prepare() throws SQLException {
        if (sessions != null) {
            return;
        }
        sessions = db.prepareStatement(
                "INSERT INTO session_logs (client_id, plan_id, session_day, logged_at, pain_before, pain_after, phase_position, "
                        + "phase_name, red_flag, daily_activities_hard, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0)");
        events = db.prepareStatement(
                "INSERT INTO plan_events (plan_id, effective_on, kind, details, phase_before, phase_after, created_at) "
                        + "VALUES (?, ?, 'MOVED_BACK', ?, ?, ?, ?)");
        trends = db.prepareStatement(
                "INSERT INTO client_trends (client_id, plan_id, therapist_id, client_name, therapist_name, phase_position, phase_name, "
                        + "phase_started_on, last_pain, last_logged_on, change_7d, sessions_14d, expected_14d, adherence, flag_moved_back, flag_worse_72h, "
                        + "flag_no_improvement, flag_red_flag, flag_emergency, flag_missed_screen, flag_count, sparkline, computed_on, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void pendingRow() throws SQLException {
        if (++pending >= BATCH) {
            flushAll();
        }
    }

    private void flushAll() throws SQLException {
        sessions.executeBatch();
        events.executeBatch();
        trends.executeBatch();
        pending = 0;
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
