package io.reload.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.reload.account.domain.OneTimeCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A clinic's day on the data of {@link DashboardDataGenerator} (README, "Load test"): clients sign
 * in, open Today, Progress and History and now and then log a session; therapists open My day, My
 * clients and a client's plan; staff open the Clinic overview, Pain trends (sorted, filtered, and
 * paged through the table's own ajax) and the audit log; and visitors open the home page, the
 * Faces floor every page is compared with. Each virtual person signs in once, with the second
 * factor for therapists and staff (the generator's secret, its codes worked out as an app would),
 * and then goes round their pages until the run ends.
 *
 * <p>At the end it prints, per page, the median, 95th and 99th percentile of the response time,
 * the requests per second, and the throughput as a share of the home page's in the same run
 * ({@link PageFigures}). Gatling's own HTML report lands in target/gatling/.
 *
 * <p>System properties: baseUrl (http://localhost:8080), users (50, all roles together), seconds
 * (120), clients (10000, how many the generator made).
 */
public class ClinicDaySimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 120);
    private static final int CLIENTS = Integer.getInteger("clients", 10_000);
    private static final String PASSWORD = "load-test-password-2026";
    private static final String SECRET = "RELOADDEMOSECRETNEVERFORREALUSE2";
    private static final int THERAPISTS = 20;
    private static final int STAFF = 10;

    private static final PageFigures FIGURES = new PageFigures();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** The nonce of the page's scripts (PrimeFaces' CSP mode). */
    private static final CheckBuilder.CaptureGroupCheckBuilder NONCE = regex("nonce=\"([^\"]+)\"");

    /** Pages only: the server's time to render them, not the browser's fetching of scripts and styles. */
    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .disableCaching()
            // each person from an address of their own, through a proxy the portal trusts
            // (TRUSTED_PROXIES=127.0.0.1): from one address, the eleventh sign-in within 15 minutes waits
            .header("X-Forwarded-For", "#{address}");

    /** A GET of a page, timed into the figures under its name. */
    private static HttpRequestActionBuilder page(String name, String path, String mustShow) {
        return http(name)
                .get(path)
                .check(status().is(200), substring(mustShow))
                .check(responseTimeInMillis().saveAs("took"));
    }

    /** Records the last request's time under the page's name. */
    private static ChainBuilder timed(HttpRequestActionBuilder request, String name) {
        return exec(request).exec(session -> {
            FIGURES.record(name, session.getInt("took"));
            return session;
        });
    }

    private static ChainBuilder timedPage(String name, String path, String mustShow) {
        return timed(page(name, path, mustShow), name);
    }

    /** The sign-in form, then the second factor's form when the account has one. */
    private static ChainBuilder signIn(boolean withSecondFactor) {
        // PrimeFaces' CSP mode wants the page's nonce back with each post, as its scripts would send it
        ChainBuilder password = exec(http("sign-in page")
                        .get("/login.xhtml")
                        .check(css("input[name='jakarta.faces.ViewState']", "value")
                                .saveAs("viewState"))
                        .check(NONCE.saveAs("nonce")))
                .exec(http("sign in")
                        .post("/login.xhtml")
                        .formParam("signIn", "signIn")
                        .formParam("signIn:email", "#{email}")
                        .formParam("signIn:password", PASSWORD)
                        .formParam("signIn:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200))
                        .check(substring(withSecondFactor ? "secondFactor" : "signOut"))
                        .check(css("input[name='jakarta.faces.ViewState']", "value")
                                .optional()
                                .saveAs("viewState"))
                        .check(NONCE.optional().saveAs("nonce")));
        if (!withSecondFactor) {
            return password;
        }
        return password.exec(session -> session.set("code", currentCode()))
                .exec(http("second factor")
                        .post("/second-factor.xhtml")
                        .formParam("secondFactor", "secondFactor")
                        .formParam("secondFactor:code", "#{code}")
                        .formParam("secondFactor:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("signOut")));
    }

    private static String currentCode() {
        return OneTimeCodes.codeFor(SECRET, OneTimeCodes.stepAt(Instant.now()));
    }

    /** Emails in turn, so that no two signed-in people share an account (a code works once). */
    private static Iterator<Map<String, Object>> accounts(String kind, int count) {
        AtomicInteger next = new AtomicInteger();
        Supplier<Map<String, Object>> account =
                () -> person("load-" + kind + "-" + (next.getAndIncrement() % count + 1) + "@reload.test");
        return Stream.generate(account).iterator();
    }

    private static Iterator<Map<String, Object>> randomClients() {
        return Stream.generate(() -> person("load-client-" + (1 + (int) (Math.random() * CLIENTS)) + "@reload.test"))
                .iterator();
    }

    /** Who signs in, and the address they come from: one of their own. */
    private static Map<String, Object> person(String email) {
        int n = ADDRESSES.incrementAndGet();
        return Map.of("email", email, "address", "10.20." + (n / 250) + "." + (n % 250 + 1));
    }

    private final ChainBuilder logASession = exec(http("Today, for the form")
                    .get("/client/today.xhtml")
                    .check(status().is(200))
                    .check(form("#session").optional().saveAs("sessionForm")))
            .doIf(session -> session.contains("sessionForm"))
            .then(timed(
                    http("log a session")
                            .post("/client/today.xhtml")
                            .formParamMap(ClinicDaySimulation::sessionForm)
                            .check(status().is(200))
                            .check(responseTimeInMillis().saveAs("took")),
                    "log a session"));

    /** The form as Today showed it, with pains filled in and its button pressed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionForm(Session session) {
        Map<String, Object> fields = new HashMap<>((Map<String, Object>) session.get("sessionForm"));
        fields.put("session:painBefore", "3");
        fields.put("session:painAfter", "2");
        fields.put("session:save", "Save session");
        return fields;
    }

    private final ScenarioBuilder clients = scenario("Clients")
            .feed(randomClients())
            .exec(signIn(false))
            .during(Duration.ofSeconds(SECONDS))
            .on(timedPage("client Today", "/client/today.xhtml", "signOut")
                    .exec(timedPage("client Progress", "/client/progress.xhtml", "signOut"))
                    .exec(timedPage("client History", "/client/history.xhtml", "signOut"))
                    .exec(randomSwitch().on(percent(20.0).then(logASession))));

    private final ScenarioBuilder therapists = scenario("Therapists")
            .feed(accounts("therapist", THERAPISTS))
            .exec(signIn(true))
            .during(Duration.ofSeconds(SECONDS))
            .on(timedPage("therapist My day", "/therapist/index.xhtml", "signOut")
                    .exec(timed(
                            page("therapist My clients", "/therapist/clients.xhtml", "signOut")
                                    .check(regex("plan\\.xhtml\\?id=(\\d+)")
                                            .findRandom()
                                            .saveAs("plan")),
                            "therapist My clients"))
                    .exec(timedPage("therapist plan", "/therapist/plan.xhtml?id=#{plan}", "signOut")));

    private final ScenarioBuilder staff = scenario("Staff")
            .feed(accounts("staff", STAFF))
            .exec(signIn(true))
            .during(Duration.ofSeconds(SECONDS))
            .on(timedPage("staff Clinic overview", "/staff/index.xhtml", "signOut")
                    .exec(timed(
                            page("staff Pain trends", "/staff/dashboard.xhtml", "Pain trends of active clients")
                                    .check(css("#dashboard input[name='jakarta.faces.ViewState']", "value")
                                            .saveAs("viewState"))
                                    .check(NONCE.saveAs("nonce"))
                                    .check(css("select[name='filters:therapist'] option:nth-child(2)", "value")
                                            .saveAs("therapist")),
                            "staff Pain trends"))
                    .exec(timed(
                            http("staff Pain trends, next page (ajax)")
                                    .post("/staff/dashboard.xhtml")
                                    .header("Faces-Request", "partial/ajax")
                                    .formParam("jakarta.faces.partial.ajax", "true")
                                    .formParam("jakarta.faces.source", "dashboard:table")
                                    .formParam("jakarta.faces.partial.execute", "dashboard:table")
                                    .formParam("jakarta.faces.partial.render", "dashboard:table")
                                    .formParam("dashboard:table", "dashboard:table")
                                    .formParam("dashboard:table_pagination", "true")
                                    .formParam("dashboard:table_first", "20")
                                    .formParam("dashboard:table_rows", "20")
                                    .formParam("dashboard:table_skipChildren", "true")
                                    .formParam("dashboard:table_encodeFeature", "true")
                                    .formParam("dashboard", "dashboard")
                                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                                    .formParam("primefaces.nonce", "#{nonce}")
                                    .check(status().is(200), substring("<partial-response"))
                                    .check(substring("<error>").notExists())
                                    .check(responseTimeInMillis().saveAs("took")),
                            "staff Pain trends, next page (ajax)"))
                    .exec(timedPage(
                            "staff Pain trends, sorted",
                            "/staff/dashboard.xhtml?sort=lastPain&order=desc",
                            "Pain trends of active clients"))
                    .exec(timedPage(
                            "staff Pain trends, filtered",
                            "/staff/dashboard.xhtml?therapist=#{therapist}&flag=NO_IMPROVEMENT",
                            "Pain trends of active clients"))
                    .exec(timedPage("staff audit log", "/staff/audit.xhtml", "signOut")));

    private final ScenarioBuilder visitors = scenario("Visitors")
            .exec(session -> session.setAll(person("visitor")))
            .during(Duration.ofSeconds(SECONDS))
            .on(timedPage("home page", "/", "Reload"));

    /** The people of the run: most of them clients, a therapist or staff member for every ten. */
    private PopulationBuilder people(ScenarioBuilder who, int share) {
        int count = Math.max(1, USERS * share / 100);
        // as long as each person's round: nobody signs in a second time (a second factor's code works once)
        return who.injectClosed(constantConcurrentUsers(count).during(Duration.ofSeconds(SECONDS)));
    }

    {
        setUp(
                        people(clients, 60),
                        people(therapists, Math.min(20, 100 * THERAPISTS / USERS)),
                        people(staff, Math.min(10, 100 * STAFF / USERS)),
                        people(visitors, 10))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        System.out.println(FIGURES.table("home page"));
    }
}
