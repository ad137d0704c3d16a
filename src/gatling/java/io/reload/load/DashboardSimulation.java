package io.reload.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Staff on the pain-trends dashboard (journey 5): each virtual member of staff signs in once
 * (the Faces form, with its ViewState), then keeps opening the first page, a page sorted by last
 * pain, and a page filtered by therapist and flag. Gatling prints p50/p95/p99 per request.
 *
 * <p>System properties: baseUrl (http://localhost:8080), staffEmail, staffPassword, users (10),
 * seconds (60).
 */
public class DashboardSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String EMAIL = System.getProperty("staffEmail", "lead@load.reload.test");
    private static final String PASSWORD = System.getProperty("staffPassword", "load-test-password-2026");
    private static final int USERS = Integer.getInteger("users", 10);
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    /** Pages only: the server's time to render them, not the browser's fetching of scripts and styles. */
    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL);

    private final ChainBuilder signIn = exec(http("sign-in page")
                    .get("/login.xhtml")
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("sign in")
                    .post("/login.xhtml")
                    .formParam("signIn", "signIn")
                    .formParam("signIn:email", EMAIL)
                    .formParam("signIn:password", PASSWORD)
                    .formParam("signIn:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("Sign out")));

    private final ChainBuilder dashboard = exec(http("dashboard first page")
                    .get("/staff/dashboard.xhtml")
                    .check(status().is(200), substring("Pain trends of active clients"))
                    .check(css("select[name='filters:therapist'] option:nth-child(2)", "value")
                            .saveAs("therapist")))
            .exec(http("dashboard sorted by last pain")
                    .get("/staff/dashboard.xhtml?sort=lastPain&order=desc")
                    .check(status().is(200), substring("Pain trends of active clients")))
            .exec(http("dashboard filtered by therapist and flag")
                    .get("/staff/dashboard.xhtml?therapist=#{therapist}&flag=NO_IMPROVEMENT")
                    .check(status().is(200), substring("Pain trends of active clients")));

    private final ScenarioBuilder staff = scenario("Staff review pain trends")
            .exec(signIn)
            .during(Duration.ofSeconds(SECONDS))
            .on(dashboard);

    {
        setUp(staff.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS + 30))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
