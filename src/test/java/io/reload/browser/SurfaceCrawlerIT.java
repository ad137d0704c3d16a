package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import io.reload.shared.text.Languages;
import io.reload.shared.text.Texts;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.BuildDirectory;
import io.reload.testsupport.browser.DeployedPortal;
import io.reload.testsupport.browser.PageWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WAR as someone trying it out runs it (no database settings: the embedded H2 default with
 * the README's demo data), and then everything a person can reach in it, per role.
 *
 * <p>For each visitor (signed out, both demo clients, both demo therapists, staff) the crawler
 * walks breadth-first through every page of the portal reachable from the start page's
 * navigation and the links on the pages it finds, and on each page presses every button but
 * those of {@link #NOT_PRESSED}, its form filled in plausibly. After every page and every press
 * it notes: an HTTP status of 500 or more (any response of the portal, also a page's resources),
 * one of the error pages (by their headings, see WEB-INF/errorpages), a page without the
 * layout's footer (one cut short by an error after its response was committed), an axe-core violation
 * (WCAG 2.1 A and AA), and a page wider than the viewport. It does that at 1280 px, then visits
 * the same pages again at 390 px (a phone), where it presses nothing: buttons behave the same on
 * a narrow screen, only the layout differs (and there one page of each pattern per role suffices). Every problem of a visitor is collected, so one run
 * lists them all; the visitor's test fails with the list. The figures (pages, presses, the widest
 * page at each width) go to stdout and to target/surface-crawler.txt.
 *
 * <p>To stay fast (each page costs about a second with its axe check) it visits each distinct
 * page (path and sorted query) once per visitor and width, at most {@link #PER_PATTERN} pages of
 * one pattern (path and parameter names: the screens of a day, the weeks of a calendar) and
 * {@link #MAX_PAGES} in all, and presses a button of a given name once per page pattern and role
 * (the second demo client or therapist presses only what the first did not find). Sign-out
 * (a button in the header, never pressed) and downloads (links with a download attribute or to
 * a .csv/.ics, and the download buttons) are skipped.
 *
 * <p>Runs on a server of its own, started without DB_* and DEMO_DATA in its environment, in a
 * fresh folder under target/ (the H2 files land in its data/ folder), which the Spanish crawl
 * shares (starting it, demo data and all, costs more than a minute); JUnit stops it when the run
 * ends. The visitors run in a fixed order, and what one changes (a screen marked attended, a plan
 * moved) the next, and the other language's crawl, may see: the crawler checks that pages work,
 * not what they show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurfaceCrawlerIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "reload-demo-2026";

    /**
     * Buttons the crawler never presses, by their exact names: those that destroy demo data
     * (ending a plan, cancelling a screen, deleting a protocol, removing time off or a part of a
     * protocol), that end the session (sign out, also outside main; deactivating a demo account
     * would also lock the next visitor out), or that only download a file.
     */
    static final Set<String> NOT_PRESSED = Set.of(
            "nav.signOut",
            "override.end.save",
            "cancel.submit",
            "template.delete",
            "availability.timeOff.remove",
            "template.remove",
            "account.deactivate",
            "history.export",
            "trends.export");

    /**
     * Pressed only by the signed-out visitor: a signed-in visitor who reaches the sign-in page
     * would send it with made-up details, a failed sign-in from the crawler's address, and ten of
     * those within 15 minutes (both crawls share the demo portal) shut every account out from
     * that address (SignInAttempts).
     */
    static final String SIGN_IN = "signIn.submit";

    /** The header's language switcher (LanguageSwitchIT presses it): a crawl stays in one language. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("English", "Español");

    /** The headings of the 403, 404 and 500 pages. */
    private static final Set<String> ERROR_HEADINGS =
            Set.of("error.403.heading", "error.404.heading", "error.500.heading");

    private static final int MAX_PAGES = 40;
    /** Three: a therapist's day starts with an attended, a missed and an urgent screen. */
    private static final int PER_PATTERN = 3;

    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;
    /** A press that posts a form waits this long for the page that comes back. */
    private static final double PRESS_TIMEOUT_MS = 15_000;

    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(csv|ics)$");
    private static final Pattern SESSION_IN_PATH = Pattern.compile(";jsessionid=[^?#]*", Pattern.CASE_INSENSITIVE);

    /** Who crawls; the clients and therapists are the README's demo accounts. */
    enum Visitor {
        SIGNED_OUT(null),
        CLIENT_ALEX("alex@reload.example"),
        CLIENT_JAMIE("jamie@reload.example"),
        THERAPIST_TARA("tara@reload.example"),
        THERAPIST_OMAR("omar@reload.example"),
        STAFF("staff@reload.example");

        final String email;

        Visitor(String email) {
            this.email = email;
        }

        /** CLIENT for CLIENT_ALEX: the pages, and so their layouts, come with the role. */
        String role() {
            return name().substring(0, name().indexOf('_') < 0 ? name().length() : name().indexOf('_'));
        }
    }

    /** What one visitor's crawl came to, for the report. */
    record Figures(
            int pagesAtDesktop,
            int pagesAtPhone,
            int buttonsPressed,
            int widestAtDesktop,
            int widestAtPhone,
            int problems) {}

    /** The names of {@link #NOT_PRESSED} and the error headings in the crawl's language. */
    private final Set<String> notPressed = Stream.concat(NOT_PRESSED.stream().map(this::words), LANGUAGE_NAMES.stream())
            .collect(Collectors.toSet());

    private final Set<String> errorHeadings =
            ERROR_HEADINGS.stream().map(this::words).collect(Collectors.toSet());

    private final Map<Visitor, Figures> figures = new EnumMap<>(Visitor.class);
    private final Map<Visitor, List<String>> pagesSeen = new EnumMap<>(Visitor.class);
    private final Map<String, Set<String>> phonePatternsSeen = new HashMap<>();
    private final Map<String, Set<String>> pressedByRole = new HashMap<>();

    // ----- the state of the crawl running now -----

    /** What the crawler is doing, so a response listener can say which step a 500 came from. */
    private String step = "";

    /** Whose crawl is running now. */
    private Visitor visitor;

    private Set<String> problems;
    private int loads;
    /** Answers to PrimeFaces' ajax requests (the dashboard's paginator): a press may answer with one instead of a page. */
    private int ajaxAnswers;

    private int widest;

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        return DeployedPortal.demoClinic(testClass);
    }

    /** The portal's words in the language this crawl reads it in. */
    final String words(String key, Object... arguments) {
        return Texts.format(Languages.closestTo(Locale.forLanguageTag(languageOfTheBrowser())), key, arguments);
    }

    /** Where the figures go: target/surface-crawler.txt for English, surface-crawler-es.txt for Spanish. */
    String reportName() {
        String language = Locale.forLanguageTag(languageOfTheBrowser()).getLanguage();
        return language.equals("en") ? "surface-crawler.txt" : "surface-crawler-" + language + ".txt";
    }

    @Test
    @Order(1)
    void theHomePageNamesTheClinic() {
        open("/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reload Physical Therapy")))
                .isVisible();
        assertThat(page).hasTitle(Pattern.compile("Reload Physical Therapy$"));
    }

    @Test
    @Order(2)
    void theDemoClientSignsIn() {
        open("/login.xhtml");
        submitSignIn("alex@reload.example", DEMO_PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/client/index\\.xhtml$"));
        chooseTheCrawlsLanguage();
        assertThat(heading(words("client.heading", "Alex Morgan"))).isVisible();
    }

    /** Who crawls, in order: every visitor. */
    List<Visitor> visitors() {
        return List.of(Visitor.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitors")
    @Order(3)
    void everyReachablePageAndButtonWorks(Visitor visitor) {
        problems = new LinkedHashSet<>();
        widest = 0;
        listenTo(page);
        this.visitor = visitor;
        String start = signInAs(visitor);
        Crawl crawl = new Crawl(pressedByRole.computeIfAbsent(visitor.role(), role -> new HashSet<>()));
        crawl.enqueue(start);
        while (!crawl.queue.isEmpty() && crawl.visited.size() < MAX_PAGES) {
            String url = crawl.queue.poll();
            if (visit(url)) {
                crawl.visited.add(url);
                links().forEach(crawl::enqueue);
                pressButtons(url, crawl);
            }
        }
        int widestAtDesktop = widest;

        // the same pages on a phone: a new, empty session, so sign in again
        takeAccessibilityFindings().forEach(finding -> problems.add(step + ": axe-core: " + finding));
        usePhoneViewport();
        listenTo(page);
        widest = 0;
        signInAs(visitor);
        // one page of each pattern: the layout comes from the page, not from which screen or week
        // it shows, nor from which of two demo people of a role it shows (the second client and
        // therapist only visit patterns the first did not reach)
        Set<String> patterns = phonePatternsSeen.computeIfAbsent(visitor.role(), role -> new HashSet<>());
        List<String> atPhone = crawl.visited.stream()
                .filter(url -> patterns.add(Address.of(url, baseUrl()).pattern()))
                .filter(this::visit)
                .toList();
        pagesSeen.put(visitor, crawl.visited);

        Figures result = new Figures(
                crawl.visited.size(), atPhone.size(), crawl.pressed, widestAtDesktop, widest, problems.size());
        figures.put(visitor, result);
        System.out.println("Surface crawler, " + visitor + ": " + describe(result));
        if (!problems.isEmpty()) {
            String list = String.join("\n- ", problems);
            problems = null;
            fail(visitor + ": " + result.problems() + " problems\n- " + list);
        }
    }

    /** The figures per visitor, for the issue: on stdout and in target/surface-crawler.txt. */
    @AfterAll
    void report() {
        String report = figures.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + describe(entry.getValue()))
                .collect(Collectors.joining(
                        "\n",
                        "Surface crawler (visitor: pages at 1280 px / at 390 px, buttons pressed, widest page at 1280 / 390 px, problems)\n",
                        "\n"));
        System.out.println(report);
        String pages = pagesSeen.entrySet().stream()
                .map(entry -> entry.getKey() + " visited:\n  "
                        + entry.getValue().stream().map(this::relative).collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n", "\n", "\n"));
        try {
            Files.writeString(BuildDirectory.resolve(reportName()), report + pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Figures f) {
        return f.pagesAtDesktop() + " / " + f.pagesAtPhone() + " pages, " + f.buttonsPressed()
                + " buttons pressed, widest " + f.widestAtDesktop() + " / " + f.widestAtPhone() + " px, " + f.problems()
                + " problems";
    }

    // ----- one crawl -----

    /** The pages to visit and those visited, deduplicated by path and sorted query, capped per pattern. */
    private final class Crawl {
        final Deque<String> queue = new ArrayDeque<>();
        final List<String> visited = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Map<String, Integer> perPattern = new HashMap<>();
        /** Page pattern + button name: each pressed once per pattern and role (the second person of a role presses what the first did not). */
        final Set<String> pressedOn;

        int pressed;

        Crawl(Set<String> pressedByTheRole) {
            this.pressedOn = pressedByTheRole;
        }

        void enqueue(String address) {
            Address link = Address.of(address, baseUrl());
            if (link == null || !seen.add(link.key())) {
                return;
            }
            int ofPattern = perPattern.merge(link.pattern(), 1, Integer::sum);
            if (ofPattern <= PER_PATTERN) {
                queue.add(link.url());
            }
        }
    }

    /**
     * A same-origin page address reduced to what makes it a distinct page: the path (without a
     * session id; "/" is the home page) and the query sorted; its pattern keeps only the
     * parameter names. Null for anything the crawler does not follow.
     */
    record Address(String url, String key, String pattern) {

        static Address of(String address, String origin) {
            if (address == null || !address.startsWith(origin + "/")) {
                return null;
            }
            URI uri = URI.create(SESSION_IN_PATH.matcher(address).replaceAll(""));
            String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "/index.xhtml" : uri.getRawPath();
            if (DOWNLOAD.matcher(path).matches() || path.contains("/jakarta.faces.resource/")) {
                return null;
            }
            List<String> query = uri.getRawQuery() == null
                    ? List.of()
                    : Arrays.stream(uri.getRawQuery().split("&")).sorted().toList();
            String names =
                    query.stream().map(pair -> pair.split("=", 2)[0]).distinct().collect(Collectors.joining("&"));
            String sortedQuery = String.join("&", query);
            String url = origin + path + (sortedQuery.isEmpty() ? "" : "?" + sortedQuery);
            return new Address(url, path + "?" + sortedQuery, path + "?" + names);
        }
    }

    /** Signs the visitor in (or not) and returns where they land: their start page, or the home page. */
    private String signInAs(Visitor visitor) {
        step = "sign in";
        if (visitor.email == null) {
            return baseUrl() + "/";
        }
        // not BrowserTest.signIn, which fails at the first accessibility finding: here it is one problem among others
        visit(baseUrl() + "/login.xhtml");
        step = "sign in as " + visitor.email;
        submitSignIn(visitor.email, DEMO_PASSWORD);
        // the sign-out form, not its button's name: the page may come in the other language (below)
        assertThat(page.locator("form#signOut")).isVisible();
        checkPage();
        if (chooseTheCrawlsLanguage()) {
            checkPage();
        }
        return page.url();
    }

    /**
     * A signed-in person's pages come in their account's language, not their browser's: the
     * other language's crawl on the same demo portal may have saved its own (on the profile
     * page, say). So the visitor chooses the crawl's language in the header, as a person would,
     * which the account keeps from then on. False when the page was in it already.
     */
    private boolean chooseTheCrawlsLanguage() {
        Locale crawled = Languages.closestTo(Locale.forLanguageTag(languageOfTheBrowser()));
        if (PageWords.languageOf(page).equals(crawled)) {
            return false;
        }
        String name = crawled.getDisplayLanguage(crawled);
        step = "choose " + name + " in the header";
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(name.substring(0, 1).toUpperCase(crawled) + name.substring(1))
                                .setExact(true))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", crawled.toLanguageTag());
        return true;
    }

    /** Opens a page and checks it; false when it could not be loaded at all. */
    private boolean visit(String url) {
        step = "GET " + relative(url);
        try {
            page.navigate(url);
        } catch (PlaywrightException e) {
            problems.add(step + ": could not be loaded: " + firstLine(e));
            return false;
        }
        checkPage();
        return true;
    }

    /** Every button of the page's main part not pressed yet on this pattern, each on a fresh copy of the page. */
    private void pressButtons(String url, Crawl crawl) {
        String pattern = Address.of(url, baseUrl()).pattern();
        List<String> names = buttonNames().stream()
                .filter(name -> !notPressed.contains(name))
                .filter(name -> visitor.email == null || !name.equals(words(SIGN_IN)))
                .filter(name -> crawl.pressedOn.add(pattern + " " + name))
                .toList();
        boolean fresh = true;
        for (String name : names) {
            if (!fresh && !visit(url)) {
                return;
            }
            fresh = false;
            step = "press \"" + name + "\" on " + relative(url);
            if (!Boolean.TRUE.equals(page.evaluate(MARK_FIRST_PRESSABLE, name))) {
                continue; // it was there on the first render only
            }
            Locator button = page.locator("[data-crawler-press]");
            fillFormOf(button);
            int loadsBefore = loads;
            int ajaxBefore = ajaxAnswers;
            try {
                button.click();
                page.waitForCondition(
                        () -> loads > loadsBefore || ajaxAnswers > ajaxBefore,
                        new Page.WaitForConditionOptions().setTimeout(PRESS_TIMEOUT_MS));
            } catch (TimeoutError e) {
                problems.add(step + ": no page came back within " + (int) (PRESS_TIMEOUT_MS / 1000) + " s");
                continue;
            }
            crawl.pressed++;
            checkPage();
            // a page the press led to, e.g. the copy a "Copy" made; a postback's own address (the
            // path without its query) is the page just pressed on, not a new one
            Address landed = Address.of(page.url(), baseUrl());
            boolean ownPostback = landed != null && landed.key().endsWith("?") && url.startsWith(landed.url() + "?");
            if (!ownPostback) {
                crawl.enqueue(page.url());
            }
        }
    }

    /** Whether a button can be pressed at all: shown, enabled, not PrimeFaces' disabled or current paginator page. */
    private static final String PRESSABLE =
            "b => b.offsetParent !== null && !b.disabled && b.getAttribute('aria-disabled') !== 'true'"
                    + " && !b.classList.contains('ui-state-disabled') && !b.classList.contains('ui-state-active')";

    private static final String BUTTONS =
            "[...document.querySelectorAll('main button, main input[type=submit], main input[type=button], main [role=button]')]";

    private static final String NAME = "b => (b.getAttribute('aria-label') || b.innerText || b.value || '').trim()";

    /** Marks the first pressable button of a name (a list's first "Move up" is disabled, its second is not). */
    private static final String MARK_FIRST_PRESSABLE = "name => { const b = " + BUTTONS + ".filter(" + PRESSABLE + ")"
            + ".find(b => (" + NAME + ")(b) === name); if (b) b.setAttribute('data-crawler-press', ''); return !!b; }";

    /** The names of the visible buttons in the page's main part (the header holds only sign-out), in page order. */
    @SuppressWarnings("unchecked")
    private List<String> buttonNames() {
        List<String> names = (List<String>) page.evaluate("() => " + BUTTONS + ".filter(" + PRESSABLE + ").map(" + NAME
                + ")" + ".filter(name => name.length > 0)");
        return names.stream().distinct().toList();
    }

    /**
     * Fills the button's form plausibly: empty text fields with text (an unused email, a long
     * password, a phone number, a search for "a" that finds demo people), empty numbers with a small valid number (a weight or load with
     * a plausible one), empty dates with a day two months ahead (past the booking horizon, so time
     * off blocks nothing a later visitor needs), selects without a choice with their first real
     * option, a radio group without a choice with its first answer. What the page filled in stays.
     */
    private void fillFormOf(Locator button) {
        Locator form = button.locator("xpath=ancestor::form[1]");
        if (form.count() == 0) {
            return;
        }
        form.evaluate(
                "(form, farDay) => {"
                        + " for (const el of form.elements) {"
                        + "  if (el.disabled || el.readOnly) continue;"
                        + "  const tag = el.tagName.toLowerCase(), type = (el.type || '').toLowerCase(), id = el.id || el.name || '';"
                        + "  if (tag === 'select') {"
                        + "   if (el.value === '') { const o = [...el.options].find(o => o.value !== '' && !o.disabled); if (o) el.value = o.value; }"
                        + "  } else if (type === 'radio') {"
                        + "   const group = [...form.elements].filter(r => r.type === 'radio' && r.name === el.name);"
                        + "   if (!group.some(r => r.checked)) group[0].checked = true;"
                        + "  } else if (tag === 'button' || ['hidden', 'submit', 'button', 'reset', 'checkbox', 'file', 'image'].includes(type)) {"
                        + "   continue;"
                        + "  } else if (el.value === '') {"
                        + "   if (type === 'email') el.value = 'crawler-' + Date.now() + '@reload.test';"
                        + "   else if (type === 'password') el.value = 'crawler-password-2026';"
                        + "   else if (type === 'tel') el.value = '+1 555 0100';"
                        + "   else if (type === 'search') el.value = 'a';"
                        + "   else if (type === 'date') el.value = farDay;"
                        + "   else if (type === 'time') el.value = '09:00';"
                        + "   else if (type === 'number') {"
                        + "    let v = /weight|max|load/i.test(id) ? 80 : 3;"
                        + "    if (el.min !== '' && v < Number(el.min)) v = Number(el.min);"
                        + "    if (el.max !== '' && v > Number(el.max)) v = Number(el.max);"
                        + "    el.value = String(v);"
                        + "   } else el.value = 'Checked by the crawler';"
                        + "  } else continue;"
                        + "  el.dispatchEvent(new Event('input', { bubbles: true }));"
                        + "  el.dispatchEvent(new Event('change', { bubbles: true }));"
                        + " }"
                        + "}",
                LocalDate.now().plusMonths(2).toString());
    }

    /** The same-origin links of the page, downloads left out. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                + ".filter(a => !a.hasAttribute('download')).map(a => a.href.split('#')[0])");
    }

    /** The checks after every page and press: error page, width, accessibility (the status is the listener's). */
    private void checkPage() {
        page.waitForLoadState();
        boolean errorPage = false;
        for (String heading : page.locator("h1").allTextContents()) {
            if (errorHeadings.contains(heading.strip())) {
                errorPage = true;
                Locator reference = page.locator("#error-reference");
                problems.add(step + ": shows the error page \"" + heading.strip() + "\""
                        + (reference.count() > 0
                                ? " (reference " + reference.textContent().strip() + ")"
                                : "")
                        + " at " + relative(page.url()));
            }
        }
        // an exception thrown after the response was committed cannot turn it into the error
        // page: the page simply stops, so a missing footer is how such a page shows itself
        if (!errorPage && page.locator("footer.site-footer").count() == 0) {
            problems.add(
                    step + ": the page ends before its footer (cut short while rendering?) at " + relative(page.url()));
        }
        int viewport = page.viewportSize().width;
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        widest = Math.max(widest, width);
        if (width > viewport) {
            problems.add(step + ": the page is " + width + " px wide at a " + viewport + " px viewport; widest: "
                    + overflowing(viewport));
        }
        takeAccessibilityFindings().forEach(finding -> problems.add(step + ": axe-core: " + finding));
    }

    /** The innermost elements reaching past the viewport, as tag.class, so the CSS to fix is easy to find. */
    private String overflowing(int viewport) {
        return String.valueOf(page.evaluate(
                "(vw) => [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > vw + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > vw + 1))"
                        + ".slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + " + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ')",
                viewport));
    }

    /** Counts loaded documents (a press waits for the next) and notes every answer of 500 or more. */
    private void listenTo(Page crawled) {
        crawled.onLoad(loaded -> loads++);
        crawled.onRequestFinished(request -> {
            if (("xhr".equals(request.resourceType()) || "fetch".equals(request.resourceType()))
                    && request.url().startsWith(baseUrl())) {
                ajaxAnswers++;
            }
        });
        crawled.onResponse(response -> {
            if (response.status() >= 500 && response.url().startsWith(baseUrl()) && problems != null) {
                problems.add(step + ": HTTP " + response.status() + " for "
                        + response.request().method() + " " + relative(response.url()));
            }
        });
    }

    private String relative(String url) {
        return url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
