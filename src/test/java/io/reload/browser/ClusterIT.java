package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.testsupport.MailCatcher;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.DatabaseRows;
import io.reload.testsupport.browser.DeployedPortal;
import io.reload.testsupport.browser.FacesHttpSession;
import io.reload.testsupport.browser.PageWords;
import io.reload.testsupport.browser.PortalCluster;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two nodes on one database, as a clinic with more than one server runs them (README, "More than
 * one server"): started at the same moment on an empty database, they do the start-up work once
 * between them; 64 clients booking one time through both nodes at once get it once; a reminder
 * falling due while both nodes run their rounds goes out once; a person
 * signed in on one node goes on on the other, also after the first node was killed (last, as it
 * ends the first node).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "reload-demo-2026";
    private static final int RACERS = 64;
    private static final Pattern FREE_TIME = Pattern.compile("href=\"(/booking/confirm\\.xhtml\\?start=\\d+[^\"]*)\"");
    private static final Pattern SCREEN_UID = Pattern.compile("UID:screen-(\\d+)@reload");
    private static final String JUST_TAKEN =
            ResourceBundle.getBundle("messages", Locale.ENGLISH).getString("booking.slot.taken");

    private PortalCluster cluster;

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        cluster = PortalCluster.shared(testClass);
        return cluster.first();
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherMakeTheDemoClinicOnce() throws Exception {
        try (DatabaseRows rows = new DatabaseRows(cluster.databaseUrl())) {
            assertEquals(1, rows.number("SELECT COUNT(*) FROM accounts WHERE email = ?", "alex@reload.example"));
            assertEquals(
                    1,
                    rows.number(
                            "SELECT COUNT(*) FROM plans p JOIN accounts a ON a.id = p.client_id" + " WHERE a.email = ?",
                            "noor@reload.example"));
        }
    }

    @Test
    @Order(2)
    void ofSixtyFourClientsBookingOneTimeThroughBothNodesAtOnceOneGetsItTheOthersAreToldItWasTaken() throws Exception {
        List<FacesHttpSession> racers = signedInRacers();
        String confirmPage = firstFreeTime(racers.get(0));
        List<String> pages = new ArrayList<>();
        for (FacesHttpSession racer : racers) {
            pages.add(racer.get(confirmPage).body());
        }

        List<String> sentTo = pressAllAtOnce(racers, pages);

        assertEquals(
                1,
                sentTo.stream()
                        .filter(where -> where.contains("/booking/booked.xhtml"))
                        .count(),
                sentTo.toString());
        for (int i = 0; i < RACERS; i++) {
            if (sentTo.get(i).contains("/booking/book.xhtml")) {
                String weekPage = racers.get(i)
                        .get(sentTo.get(i).replaceFirst("^https?://[^/]+", ""))
                        .body();
                assertTrue(weekPage.contains(JUST_TAKEN), "racer " + i + " was not told the time was taken");
            }
        }
        assertEquals(
                RACERS - 1,
                sentTo.stream()
                        .filter(where -> where.contains("/booking/book.xhtml"))
                        .count());
        try (DatabaseRows rows = new DatabaseRows(cluster.databaseUrl())) {
            assertEquals(
                    1,
                    rows.number("SELECT COUNT(*) FROM screens s JOIN accounts a ON a.id = s.client_id"
                            + " WHERE a.email LIKE 'racer-%'"));
        }
    }

    @Test
    @Order(3)
    void aReminderFallingDueWithBothNodesUpGoesOutOnce() throws Exception {
        try (MailCatcher mail = MailCatcher.start();
                DatabaseRows rows = new DatabaseRows(cluster.databaseUrl())) {
            long template = rows.number("SELECT MIN(id) FROM screens");
            // both nodes run a reminder round every 2 s (REMINDERS_EVERY); the second batch falls due
            // after the first was sent, so the rounds that send it have seen the first batch again
            List<Long> first = screensFallingDue(rows, template, 0, 3);
            awaitReminders(mail, first);
            List<Long> second = screensFallingDue(rows, template, 3, 3);
            awaitReminders(mail, second);

            List<Long> all = new ArrayList<>(first);
            all.addAll(second);
            Map<Long, Long> perScreen = awaitReminders(mail, all).stream()
                    .collect(Collectors.groupingBy(ClusterIT::screenOf, TreeMap::new, Collectors.counting()));
            Map<Long, Long> once = new TreeMap<>();
            all.forEach(screen -> once.put(screen, 1L));
            assertEquals(once, perScreen);
            for (long screen : once.keySet()) {
                assertEquals(
                        1,
                        rows.number(
                                "SELECT COUNT(*) FROM screens WHERE id = ? AND reminder_sent_at IS NOT NULL", screen));
            }
        }
    }

    @Test
    @Order(4)
    void aSignedInClientGoesOnOnTheOtherNodeAndAfterTheFirstIsKilled() throws Exception {
        signIn("alex@reload.example", DEMO_PASSWORD);

        page.navigate(cluster.second().baseUrl() + "/client/today.xhtml");
        assertThat(heading(PageWords.of(page, "nav.client.today"))).isVisible();
        assertThat(signOutButton()).isVisible();

        cluster.first().kill();
        page.navigate(cluster.second().baseUrl() + "/client/history.xhtml");
        assertThat(heading(PageWords.of(page, "history.heading"))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/client/history\\.xhtml$"));
        assertThat(signOutButton()).isVisible();
    }

    /**
     * Copies of a screen, booked and not reminded, starting within the next day (an hour on, a
     * minute apart from each other), so the next reminder round finds them due.
     */
    private static List<Long> screensFallingDue(DatabaseRows rows, long template, int first, int count)
            throws SQLException {
        // half a minute past: never the start of a real slot, so never another screen's slot
        LocalDateTime inAnHour = LocalDateTime.now(ZoneOffset.UTC)
                .plusHours(1)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusSeconds(30);
        List<Long> screens = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            LocalDateTime start = inAnHour.plusMinutes(i);
            Map<String, Object> changed = new HashMap<>();
            changed.put("status", "BOOKED");
            changed.put("start_at", start);
            changed.put("slot_start", start);
            changed.put("end_at", start.plusMinutes(30));
            changed.put("reminder_sent_at", null);
            screens.add(rows.copy("screens", "id", template, changed));
        }
        return screens;
    }

    /** Every mail received so far about one of the screens, once a mail about each has arrived. */
    private static List<MimeMessage> awaitReminders(MailCatcher mail, List<Long> screens) throws InterruptedException {
        return mail.awaitMails(
                "a reminder of screens " + screens,
                received -> screens.contains(screenOf(received)),
                screens.size(),
                Duration.ofSeconds(30));
    }

    /** The screen a mail is about: its calendar file's UID; 0 for a mail without one. */
    private static long screenOf(MimeMessage mail) {
        try {
            Matcher uid = SCREEN_UID.matcher(MailCatcher.partText(mail, "text/calendar"));
            return uid.find() ? Long.parseLong(uid.group(1)) : 0;
        } catch (AssertionError | MessagingException | IOException noCalendar) {
            return 0;
        }
    }

    /** Clients made as copies of a demo client's account (same password), each signed in on node 1 or 2 in turn. */
    private List<FacesHttpSession> signedInRacers() throws Exception {
        List<FacesHttpSession> racers = new ArrayList<>();
        try (DatabaseRows rows = new DatabaseRows(cluster.databaseUrl())) {
            long riley = rows.number("SELECT id FROM accounts WHERE email = ?", "riley@reload.example");
            for (int i = 0; i < RACERS; i++) {
                rows.copy("accounts", "id", riley, Map.of("email", racerEmail(i), "full_name", "Racer " + i));
                DeployedPortal node = i % 2 == 0 ? cluster.first() : cluster.second();
                racers.add(new FacesHttpSession(node.baseUrl()));
            }
        }
        // a sign-in costs a password hash: four at a time keep both nodes' cores busy
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                FacesHttpSession racer = racers.get(i);
                String email = racerEmail(i);
                Callable<Void> signIn = () -> {
                    racer.signIn(email, DEMO_PASSWORD);
                    return null;
                };
                done.add(signIns.submit(signIn));
            }
            for (Future<Void> signedIn : done) {
                signedIn.get();
            }
        } finally {
            signIns.shutdownNow();
        }
        return racers;
    }

    private static String racerEmail(int i) {
        return "racer-" + i + "@reload.test";
    }

    /** The confirm page of the first free time the week view offers, this week or one of the next three. */
    private static String firstFreeTime(FacesHttpSession client) throws Exception {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < 4; week++) {
            Matcher offer = FREE_TIME.matcher(client.get("/booking/book.xhtml?week=" + monday.plusWeeks(week))
                    .body());
            if (offer.find()) {
                return offer.group(1).replace("&amp;", "&");
            }
        }
        throw new IllegalStateException("No free time in the next four weeks");
    }

    /** Every racer presses Book on their confirm page at the same moment; where each was sent. */
    private static List<String> pressAllAtOnce(List<FacesHttpSession> racers, List<String> pages) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pressers = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                FacesHttpSession racer = racers.get(i);
                String page = pages.get(i);
                Callable<HttpResponse<String>> press = () -> {
                    go.await();
                    return racer.submit("/booking/confirm.xhtml", page, "confirm", "confirm:submit", Map.of());
                };
                answers.add(pressers.submit(press));
            }
            go.countDown();
            List<String> sentTo = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                Optional<String> location = response.headers().firstValue("Location");
                sentTo.add(location.orElse("HTTP " + response.statusCode()));
            }
            return sentTo;
        } finally {
            pressers.shutdownNow();
        }
    }
}
