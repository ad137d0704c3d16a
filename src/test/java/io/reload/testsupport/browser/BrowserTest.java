package io.reload.testsupport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of every browser test: a real headless Chromium (Debian's, offline) driven by
 * Playwright against the portal deployed on Payara Micro, the way a person uses it.
 *
 * <p>One Playwright and one browser per test class (launching costs a second or two); a fresh
 * browser context (cookies, storage) and page per test, so tests share no session. Everything
 * is closed at the end, also when a test fails; a failing test leaves a full-page screenshot
 * in target/playwright-screenshots/&lt;Class&gt;-&lt;method&gt;.png.
 *
 * <p>Accessibility is checked on every page, not only where a test remembers to: an
 * {@link AccessibilityAudit} listens to the page's load event and runs axe-core (WCAG 2.0 and
 * 2.1, A and AA) on each document as it loads, whether the test opened it, clicked a link,
 * posted a form that redirected, or was sent to an error page. The listener only records; the
 * test fails with the list of violations (rule, help, offending elements, page address) at the
 * next helper call of this class, and at the latest when it ends, after the page still showing
 * has been checked too.
 *
 * <p>Subclasses find elements by role and label, as a person (or a screen reader) would, and
 * rely on Playwright's auto-waiting and {@code assertThat}: no sleeps. By default a class runs
 * against the server all browser tests share; override {@link #portal(ExtensionContext)} for
 * another one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    /** Payara compiles a page on its first request; on two busy cores that can take seconds. */
    private static final double ASSERTION_TIMEOUT_MS = 15_000;

    private DeployedPortal portal;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Credentials staffOfThisClass;
    private Page staffDesk;
    private final List<BrowserContext> otherBrowsers = new ArrayList<>();
    private AccessibilityAudit audit;

    /** The page of the current test. */
    protected Page page;

    /** The language the test's browser asks pages in (English unless a test says otherwise). */
    private String browserLanguage = "en-US";

    /** Connects the class to its server before anything else, and ends each test cleanly. */
    @RegisterExtension
    final Lifecycle lifecycle = new Lifecycle();

    /** The server this class tests: by default the one shared by all browser test classes. */
    protected DeployedPortal portal(ExtensionContext testClass) {
        return DeployedPortal.shared(testClass);
    }

    @BeforeAll
    void launchBrowser() {
        Path home = BuildDirectory.resolve("chromium-home");
        Map<String, String> browserEnvironment = new HashMap<>(System.getenv());
        // Chromium writes to ~/.config and ~/.cache whatever --user-data-dir says.
        browserEnvironment.put("HOME", home.toString());
        browserEnvironment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        browserEnvironment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());

        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS)
                        .setEnv(browserEnvironment));
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    }

    @AfterAll
    void closeBrowser() {
        System.out.println(getClass().getSimpleName() + " done; " + AccessibilityAudit.figuresSoFar());
        // closing Playwright also closes the browser; both are null if the launch failed
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openDesktopPage() {
        browserLanguage = languageOfTheBrowser();
        openPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** Starts the test over on a phone-sized screen (390 x 844, touch): a new, empty session. */
    protected void usePhoneViewport() {
        audit.checkCurrentPage(page);
        audit.failOnFindings();
        context.close();
        openPage(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(3)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** The language a test class's browser asks pages in, its Accept-Language: English unless it says otherwise. */
    protected String languageOfTheBrowser() {
        return "en-US";
    }

    /**
     * Starts the test over in a browser set to another language (its Accept-Language, e.g.
     * "es-ES"), at 1280 px: a new, empty session. Later phone pages keep that language.
     */
    protected void useBrowserIn(String language) {
        audit.checkCurrentPage(page);
        audit.failOnFindings();
        context.close();
        browserLanguage = language;
        openPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    private void openPage(Browser.NewContextOptions options) {
        context = browser.newContext(options.setLocale(browserLanguage));
        page = context.newPage();
        audit = AccessibilityAudit.attachTo(page, baseUrl());
    }

    /**
     * Another browser for the same test, with cookies and a session of its own: the same person
     * signed in on another device, say. Closed when the test ends. Its pages are not audited for
     * accessibility; open the pages under test in {@link #page}.
     */
    protected Page anotherBrowser() {
        return anotherBrowser("en-US");
    }

    /** The same with the browser set to another language (its Accept-Language), e.g. "es-ES". */
    protected Page anotherBrowser(String locale) {
        BrowserContext other = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale(locale));
        otherBrowsers.add(other);
        return other.newPage();
    }

    /**
     * The test's session (its cookies) in a browser that has cached nothing yet: what a first
     * visit on a new device downloads. Closed when the test ends; not audited, as {@link
     * #anotherBrowser()}.
     */
    protected Page sameSessionWithAnEmptyCache() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale(browserLanguage)
                .setStorageState(context.storageState()));
        otherBrowsers.add(other);
        return other.newPage();
    }

    // ----- helpers, each as a person would do it -----

    /** e.g. http://localhost:41234 */
    protected String baseUrl() {
        return portal.baseUrl();
    }

    /** The database the server runs on, for a test that must clear what the whole run shares (SignInThrottleIT). */
    protected String databaseUrl() {
        return portal.databaseUrl();
    }

    /** The server's log file, to check what a request wrote there. */
    protected Path serverLog() {
        return portal.log();
    }

    /**
     * The staff member this test class works as: a colleague the portal's first staff member adds
     * on the Team page for this class alone. One account per class, because a second factor lets
     * an account sign in only a few times in 30 seconds (no code twice), and a whole suite signing
     * one account in and out would wait on the clock again and again.
     */
    protected Credentials firstStaff() {
        if (staffOfThisClass == null) {
            Credentials original = portalFirstStaff();
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            Credentials colleague = new Credentials(
                    "Staff " + getClass().getSimpleName() + " " + suffix,
                    uniqueEmail("staff"),
                    "staff-of-this-class-" + suffix);
            try (BrowserContext team = browser.newContext()) {
                Page on = team.newPage();
                on.navigate(baseUrl() + "/login.xhtml");
                submitSignIn(on, original.email(), original.password());
                on.navigate(baseUrl() + "/staff/team.xhtml");
                on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Full name"))
                        .fill(colleague.name());
                on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email"))
                        .fill(colleague.email());
                on.getByLabel("Password (at least 12 characters)").fill(colleague.password());
                on.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role"))
                        .selectOption(new SelectOption().setLabel("Staff"));
                on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team member"))
                        .click();
                assertThat(on.getByText(colleague.name() + " can now sign in.")).isVisible();
            }
            staffOfThisClass = colleague;
        }
        return staffOfThisClass;
    }

    /**
     * The first staff member, whose first sign-in (on a browser of its own, the first time any
     * test needs them) is the journey of issue 11: the password from FIRST_STAFF_PASSWORD lets them
     * in only to choose their own; until then every other page sends them back to that form.
     */
    private Credentials portalFirstStaff() {
        synchronized (portal) {
            if (!portal.firstStaffHasOwnPassword()) {
                Credentials given = portal.firstStaff();
                String own = given.password() + "-own";
                try (BrowserContext firstSignIn = browser.newContext()) {
                    Page on = firstSignIn.newPage();
                    on.navigate(baseUrl() + "/login.xhtml");
                    submitSignIn(on, given.email(), given.password());
                    on.navigate(baseUrl() + "/staff/team.xhtml");
                    assertThat(on).hasURL(Pattern.compile(".*/account/password\\.xhtml$"));
                    assertThat(on.getByText("Before you go on, choose your own password"))
                            .isVisible();
                    on.getByLabel("Current password").fill(given.password());
                    on.getByLabel("New password (at least 12 characters)").fill(given.password());
                    on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                            .click();
                    assertThat(on.getByText("Please choose a password other than the current one."))
                            .isVisible();
                    on.getByLabel("Current password").fill(given.password());
                    on.getByLabel("New password (at least 12 characters)").fill(own);
                    on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                            .click();
                    assertThat(on.getByRole(AriaRole.STATUS)).containsText("Your password has changed.");
                    on.navigate(baseUrl() + "/staff/team.xhtml");
                    assertThat(on.getByRole(
                                    AriaRole.HEADING, new Page.GetByRoleOptions().setName("Therapists and staff")))
                            .isVisible();
                }
                portal.firstStaffChose(own);
            }
            return portal.firstStaff();
        }
    }

    /** Opens a path of the portal, e.g. "/register.xhtml", and returns the final response. */
    protected Response open(String path) {
        audit.failOnFindings();
        Response response = page.navigate(baseUrl() + path);
        audit.failOnFindings();
        return response;
    }

    /**
     * For a test that reports every problem instead of stopping at the first (the crawler): the
     * accessibility violations found since the last call, the page showing now checked too, as
     * one text per page; they no longer fail the test by themselves.
     */
    protected List<String> takeAccessibilityFindings() {
        audit.checkCurrentPage(page);
        return audit.takeFindings();
    }

    /** Signs in on the sign-in page and waits until signed in. */
    protected void signIn(String email, String password) {
        open("/login.xhtml");
        submitSignIn(email, password);
        assertThat(signOutButton()).isVisible();
        audit.failOnFindings();
    }

    protected void signIn(Credentials credentials) {
        signIn(credentials.email(), credentials.password());
    }

    /**
     * Fills in and sends the sign-in form already showing, and then the second factor when the
     * portal asks for one (setting it up at a first sign-in; see {@link SecondFactorSteps});
     * checks nothing about the outcome.
     */
    protected void submitSignIn(String email, String password) {
        submitSignIn(page, email, password);
    }

    /** The same on another page, e.g. one of {@link #anotherBrowser()}. */
    protected static void submitSignIn(Page on, String email, String password) {
        on.getByLabel(PageWords.of(on, "signIn.email")).fill(email);
        on.getByLabel(PageWords.of(on, "signIn.password")).fill(password);
        SecondFactorSteps.signInWithAnySecondFactor(
                on,
                email,
                () -> on.getByRole(
                                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(PageWords.of(on, "signIn.submit")))
                        .click());
    }

    /** Signs out with the button in the header. */
    protected void signOut() {
        signOutButton().click();
        assertThat(page.getByText(PageWords.of(page, "signIn.signedOut"))).isVisible();
        audit.failOnFindings();
    }

    protected Locator signOutButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(PageWords.of(page, "nav.signOut")));
    }

    /** Registers a new client (no phone) and waits for their start page; they stay signed in. */
    protected void registerClient(String name, String email, String password) {
        fillRegistration(name, email, "", password);
        createAccountButton().click();
        assertThat(heading("Hello, " + name)).isVisible();
        audit.failOnFindings();
    }

    /** Opens the registration page and fills it in, without sending it. */
    protected void fillRegistration(String name, String email, String phone, String password) {
        open("/register.xhtml");
        page.getByLabel("Full name").fill(name);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Phone (optional)").fill(phone);
        page.getByLabel("Password (at least 12 characters)").fill(password);
    }

    protected Locator createAccountButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"));
    }

    /**
     * Has the class's staff member add a therapist on the Team page, at their own desk: the way a
     * therapist account comes to be in the clinic. The test's own page is left as it was.
     */
    protected Credentials createTherapist(String name, String email, String password) {
        Page desk = staffDeskAt("/staff/team.xhtml");
        submitNewTherapist(desk, name, email, password);
        assertThat(desk.getByText(name + " can now sign in.")).isVisible();
        return new Credentials(name, email, password);
    }

    /** On the Team page: fills in and sends the form for a new therapist; checks nothing about the outcome. */
    protected void submitNewTherapist(String name, String email, String password) {
        submitNewTherapist(page, name, email, password);
    }

    private static void submitNewTherapist(Page on, String name, String email, String password) {
        // by role: the team table's column headers carry the same names ("Email", "Role")
        on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Full name"))
                .fill(name);
        on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email"))
                .fill(email);
        on.getByLabel("Password (at least 12 characters)").fill(password);
        on.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role"))
                .selectOption(new SelectOption().setLabel("Therapist"));
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team member"))
                .click();
    }

    /**
     * A staff page opened at the desk of the class's staff member: a browser of its own, in
     * English, where they stay signed in from one test of the class to the next, as staff at a
     * front desk do. The steps that set a test's scene (a new therapist, the clinic's time zone)
     * are done there, so the page under test keeps its own session and nobody signs in and out
     * for every step. Signs in again when the session ended (the page showed the sign-in form).
     */
    protected Page staffDeskAt(String path) {
        if (staffDesk == null) {
            staffDesk = browser.newContext(new Browser.NewContextOptions()
                            .setViewportSize(1280, 800)
                            .setLocale("en-US"))
                    .newPage();
        }
        staffDesk.navigate(baseUrl() + path);
        if (!staffDesk.url().endsWith(path)) {
            Credentials staff = firstStaff();
            staffDesk.navigate(baseUrl() + "/login.xhtml");
            submitSignIn(staffDesk, staff.email(), staff.password());
            assertThat(staffDesk.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(PageWords.of(staffDesk, "nav.signOut"))))
                    .isVisible();
            staffDesk.navigate(baseUrl() + path);
            assertThat(staffDesk).hasURL(baseUrl() + path);
        }
        return staffDesk;
    }

    /** A heading with exactly this text. */
    protected Locator heading(String text) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    /** An email no earlier test or run has used, e.g. client-3f2a9c1d@reload.test. */
    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@reload.test";
    }

    // ----- the end of each test -----

    private void finishTest(ExtensionContext test) {
        if (context == null) {
            return; // the browser never came up; JUnit reports why
        }
        boolean testFailed = test.getExecutionException().isPresent();
        RuntimeException cleanupProblem = null;
        AssertionError violations = null;
        try {
            if (!page.isClosed()) {
                audit.checkCurrentPage(page);
            }
            audit.failOnFindings();
        } catch (AssertionError e) {
            violations = e;
        } catch (RuntimeException e) {
            cleanupProblem = e;
        } finally {
            if (testFailed || violations != null) {
                saveScreenshot(test.getRequiredTestClass().getSimpleName() + "-"
                        + test.getRequiredTestMethod().getName());
            }
            otherBrowsers.forEach(BrowserContext::close);
            otherBrowsers.clear();
            context.close();
            context = null;
        }
        if (violations != null) {
            throw violations;
        }
        if (cleanupProblem != null && !testFailed) {
            throw cleanupProblem;
        }
    }

    private void saveScreenshot(String name) {
        if (page.isClosed()) {
            return;
        }
        try {
            Path file = Files.createDirectories(BuildDirectory.resolve("playwright-screenshots"))
                    .resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.err.println("Screenshot of the failed test: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a broken page must not hide the test's own failure
            System.err.println("No screenshot of " + name + ": " + e.getMessage());
        }
    }

    /**
     * Class-level and per-test hooks that need JUnit's context: which server to use (before
     * any @BeforeAll), and whether the test failed (after it, for the screenshot).
     */
    final class Lifecycle implements BeforeAllCallback, AfterEachCallback {

        @Override
        public void beforeAll(ExtensionContext testClass) {
            portal = portal(testClass);
        }

        @Override
        public void afterEach(ExtensionContext test) {
            finishTest(test);
        }
    }
}
