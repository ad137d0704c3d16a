package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.shared.text.Texts;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A client's whole day in Spanish (issue 12): from a browser set to Spanish they sign in, choose
 * Español in the header once (their account was made on an English page), read
 * their start page and today's plan (the default protocol's Spanish content), log the session,
 * read what the plan decided (the phase named in Spanish), their progress with its chart, their history, their appointments,
 * and sign out. Every name the test looks for is the Spanish bundle's (messages_es), so a page
 * still in English fails it; the protocol's words are V18's translation.
 */
class SpanishClientDayIT extends ClinicJourneyTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** The first phase of the default protocol, as V18 translates "Calm it down". */
    private static final String FIRST_PHASE = "Calmar el dolor";

    private static String es(String key, Object... arguments) {
        return Texts.format(SPANISH, key, arguments);
    }

    @Test
    void aClientLivesTheirDayInSpanish() {
        Credentials therapist = therapistWorkingEveryDay("Paz Terapeuta");
        Credentials client = new Credentials("Lucía Cliente", uniqueEmail("lucia"), PASSWORD);
        registerClient(client.name(), client.email(), client.password());
        BookedScreen screen = signedInClientBooks(client, therapist, 2);
        therapistAssignsTheDefaultPlan(therapist, screen, "120", "80");

        useBrowserIn("es-ES");
        open("/login.xhtml");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        page.getByLabel(es("signIn.email")).fill(client.email());
        page.getByLabel(es("signIn.password")).fill(client.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("signIn.submit")))
                .click();
        // they registered on an English page, so their account says English until they choose: one press
        assertThat(page.locator("#signOut")).isVisible();
        LocalDate clinicDay = clinicToday(); // read off the English start page's time-zone note
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Español").setExact(true))
                .click();

        // the start page: the plan in Spanish, content included
        assertThat(heading(es("client.heading", client.name()))).isVisible();
        Locator plan = region(es("client.plan.heading"));
        assertThat(plan).containsText(es("plan.currentPhase", 1, 6, FIRST_PHASE));
        assertThat(region(es("client.pain.heading", 14))).containsText(es("client.pain.none", 14));
        plan.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(es("client.plan.log")))
                .click();

        // Today: the form in Spanish, then what the plan decided, in Spanish
        assertThat(heading(es("nav.client.today"))).isVisible();
        page.getByLabel(es("session.painBefore")).fill("4");
        page.getByLabel(es("session.painAfter")).fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("session.save")))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText(es("session.saved"));
        List<String> decided = page.getByRole(AriaRole.STATUS).allTextContents().stream()
                .map(String::strip)
                .filter(text -> !text.equals(es("session.saved")))
                .toList();
        assertFalse(decided.isEmpty(), "the Today page said nothing about what the plan did");
        assertFalse(decided.get(0).contains("The plan"), "the plan's decision is told in Spanish: " + decided);
        assertTrue(
                decided.get(0).contains(FIRST_PHASE),
                "the decision names the phase in Spanish, though the event keeps it as written: " + decided);

        // back on the start page: logged today, the same decisions, the chart drawn
        link(es("nav.client.start")).click();
        Locator logged = region(es("client.plan.heading"));
        assertThat(logged).containsText(es("client.plan.logged"));
        for (String decision : decided) {
            assertThat(logged.getByText(decision, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
        }
        Locator chart = region(es("client.pain.heading", 14)).getByRole(AriaRole.IMG);
        assertThat(chart).isVisible();
        page.waitForFunction(
                "canvas => { const chart = Chart.getChart(canvas); return chart && chart.data.datasets[0].label === '"
                        + es("progress.chart.before") + "'; }",
                chart.elementHandle());

        // Progress and History: Spanish headings, days written the Spanish way, the phase in Spanish
        String today =
                DateTimeFormatter.ofPattern(es("format.dayShort"), SPANISH).format(clinicDay);
        link(es("nav.client.progress")).click();
        assertThat(heading(es("progress.heading"))).isVisible();
        page.getByText(es("progress.table.show")).first().click();
        Locator painTable =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(es("progress.pain.table")));
        assertThat(painTable.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName(today)))
                .isVisible();
        assertThat(painTable).containsText(FIRST_PHASE);

        link(es("nav.client.history")).click();
        assertThat(heading(es("history.heading"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText(FIRST_PHASE);

        // the screen still booked, with Spanish links; then signing out, told in Spanish
        link(es("nav.appointments")).click();
        assertThat(heading(es("appointments.heading"))).isVisible();
        assertThat(link(es("appointments.reschedule"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("nav.signOut")))
                .click();
        assertThat(page.getByText(es("signIn.signedOut"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
    }

    private Locator region(String name) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
