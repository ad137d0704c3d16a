package io.reload.testsupport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.reload.account.domain.OneTimeCodes;
import io.reload.demo.DemoAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The second factor at sign-in, done as a person with an authenticator app does it: the app is
 * this class, which remembers the secret each account's setup page showed (per email, for the
 * whole test JVM) and works out its codes. Staff and therapists set one up at their first
 * sign-in; the demo ones have the README's demo secret from the start.
 *
 * <p>The portal accepts a code of the step before, of now and of the step after, but only for a
 * step later than the last one used (no replay): so an account signs in twice within 30 seconds
 * with the app's codes (now's and the next step's; the step before could expire on the way). Sign-ins of the test support that come faster (a test signing
 * the first staff member in and out again and again) then type one of the account's spare
 * recovery codes kept from its setup, as a person without their phone would; only when those
 * are used up too, they wait, on the clock, for the step to move on.
 */
public final class SecondFactorSteps {

    static final Pattern SECOND_FACTOR_PAGE = Pattern.compile(".*/second-factor(-setup)?\\.xhtml.*");
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP_USED = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY_CODES = new ConcurrentHashMap<>();
    /** Recovery codes the test support may use up; the first two stay for tests of recovery codes. */
    private static final Map<String, Deque<String>> SPARE_RECOVERY_CODES = new ConcurrentHashMap<>();

    private static final int KEPT_FOR_TESTS = 2;

    private SecondFactorSteps() {}

    /**
     * Presses Sign in and, when the portal answers with one of the second factor's pages, sets
     * one up or types the code. Checks nothing about the outcome.
     */
    static void signInWithAnySecondFactor(Page page, String email, Runnable pressSignIn) {
        Response answer = page.waitForResponse(
                response -> response.url().contains("/login.xhtml")
                        && response.request().method().equals("POST"),
                pressSignIn);
        String location = answer.headerValue("location");
        if (location == null || !SECOND_FACTOR_PAGE.matcher(location).matches()) {
            return;
        }
        page.waitForURL(SECOND_FACTOR_PAGE);
        if (page.url().contains("/second-factor-setup.xhtml")) {
            enrol(page, email);
            button(page, PageWords.of(page, "secondFactor.recovery.continue")).click();
        } else {
            field(page, PageWords.of(page, "secondFactor.code.label")).fill(codeWithoutWaiting(page, email));
            button(page, PageWords.of(page, "secondFactor.code.submit")).click();
        }
    }

    /** On the setup page: reads the setup key as a person types it into the app, confirms with a code; returns the recovery codes shown. */
    public static List<String> enrol(Page page, String email) {
        String secret = page.getByLabel(PageWords.of(page, "secondFactor.setup.key"))
                .inputValue()
                .replace(" ", "");
        SECRETS.put(email, secret);
        LAST_STEP_USED.remove(email);
        field(page, PageWords.of(page, "secondFactor.setup.codeLabel")).fill(nextCode(page, email));
        button(page, PageWords.of(page, "secondFactor.setup.submit")).click();
        Locator list = page.getByRole(
                AriaRole.LIST, new Page.GetByRoleOptions().setName(PageWords.of(page, "secondFactor.recovery.list")));
        assertThat(list.getByRole(AriaRole.LISTITEM)).hasCount(10);
        List<String> codes = list.getByRole(AriaRole.LISTITEM).allInnerTexts().stream()
                .map(String::strip)
                .toList();
        RECOVERY_CODES.put(email, codes);
        SPARE_RECOVERY_CODES.put(email, new ConcurrentLinkedDeque<>(codes.subList(KEPT_FOR_TESTS, codes.size())));
        return codes;
    }

    /**
     * A code the portal has not seen for this account: of the current step, or of the next one
     * when the current one was used; waits for the clock when that was used too.
     */
    public static String nextCode(Page page, String email) {
        String secret = SECRETS.getOrDefault(email, DemoAccounts.DEMO_SECOND_FACTOR_SECRET);
        // never the step before now: the clock may pass a step boundary before the portal checks it
        long step =
                LAST_STEP_USED.merge(email, OneTimeCodes.stepAt(Instant.now()), (last, now) -> Math.max(now, last + 1));
        if (OneTimeCodes.stepAt(Instant.now()) + 1 < step) {
            // said on the test's output, since waits like this are what make a browser test slow
            Instant waitFrom = Instant.now();
            page.waitForCondition(
                    () -> OneTimeCodes.stepAt(Instant.now()) + 1 >= step,
                    new Page.WaitForConditionOptions().setTimeout(65_000));
            System.out.println("Second factor: waited "
                    + Duration.between(waitFrom, Instant.now()).toSeconds() + " s for the clock's next code for "
                    + email);
        }
        return OneTimeCodes.codeFor(secret, step);
    }

    /** For the support's sign-ins: the app's code when one is free now, else a spare recovery code, else the app's after a wait. */
    private static String codeWithoutWaiting(Page page, String email) {
        long now = OneTimeCodes.stepAt(Instant.now());
        boolean appCodeFree = LAST_STEP_USED.getOrDefault(email, Long.MIN_VALUE) < now + 1;
        String spare = appCodeFree
                ? null
                : SPARE_RECOVERY_CODES.getOrDefault(email, new ArrayDeque<>()).pollLast();
        return spare != null ? spare : nextCode(page, email);
    }

    /** Six digits that are none of the account's codes of now or a step either side. */
    public static String wrongCode(String email) {
        String secret = SECRETS.getOrDefault(email, DemoAccounts.DEMO_SECOND_FACTOR_SECRET);
        long now = OneTimeCodes.stepAt(Instant.now());
        List<String> valid = List.of(
                OneTimeCodes.codeFor(secret, now - 1),
                OneTimeCodes.codeFor(secret, now),
                OneTimeCodes.codeFor(secret, now + 1),
                OneTimeCodes.codeFor(secret, now + 2));
        return Stream.of("000000", "111111", "222222", "333333", "444444")
                .filter(code -> !valid.contains(code))
                .findFirst()
                .orElseThrow();
    }

    /** The recovery codes the setup page last showed for the account. */
    public static List<String> recoveryCodes(String email) {
        return RECOVERY_CODES.getOrDefault(email, List.of());
    }

    /** The input of exactly that label (PrimeFaces adds " *" to the label of a required field). */
    public static Locator field(Page page, String label) {
        return page.getByLabel(
                Pattern.compile("^" + label + "\\s*\\*?$")); // not Pattern.quote: JavaScript knows no \\Q...\\E
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
