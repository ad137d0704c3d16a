package io.reload.testsupport.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Runs axe-core (WCAG 2.0/2.1, levels A and AA) on every document a page loads, notes every
 * script or style the Content-Security-Policy refused, and keeps what it finds until
 * {@link #failOnFindings()} turns it into a test failure.
 *
 * <p>Why on the load event: a test moves through pages by typing, clicking buttons and
 * following redirects after a POST, and most of those pages are never "opened" by a helper.
 * Playwright for Java delivers the page's load event to our listener on the test's own thread,
 * while the test is inside some Playwright call (a click, an assertion that waits, a
 * navigation). The listener checks the document right there, before the test can send its
 * next action, so no page the browser showed can slip by unchecked. A listener must not throw
 * (the exception would surface in whatever unrelated call was running), so it only records;
 * the test fails at its next checkpoint (a BrowserTest helper) or, at the latest, when it ends.
 *
 * <p>Each checked document gets a mark, so the final check of the page still showing
 * ({@link #checkCurrentPage}) only looks at a document whose load event came too late for the
 * listener, and never checks one twice.
 *
 * <p>axe-core is most of the browser's work in a test run (it is injected and run whole on
 * every document), and the journeys load the same documents again and again: the sign-in page,
 * the Team page, a start page with another person's name on it. So each document's structure is
 * audited once per test JVM: its {@linkplain #STRUCTURE structure} (every element with its
 * attributes, whether it holds text, the viewport width) names it, and a document whose
 * structure was audited already is passed, since axe's rules read exactly that structure and
 * the style sheets. What varies with the data and not with accessibility (a link's target, a
 * field's value, a name in a text) only counts as there or empty.
 */
final class AccessibilityAudit {

    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String MARK = "window.__reloadAccessibilityChecked";

    /**
     * The document's structure as text: the viewport width, then per element its tag, each
     * attribute with its value (for the attributes that carry data, only whether the value is
     * empty), and whether it holds text of its own. Two documents with the same structure get
     * the same axe-core results.
     */
    private static final String STRUCTURE = "() => {"
            + " const dataOnly = new Set(['href', 'action', 'src', 'value', 'title', 'alt', 'aria-label',"
            + "  'placeholder', 'content', 'nonce', 'datetime', 'aria-valuenow', 'aria-valuetext']);"
            + " const parts = [String(window.innerWidth)];"
            + " for (const el of document.querySelectorAll('*')) {"
            + "  let part = el.tagName;"
            + "  for (const a of el.attributes) {"
            + "   const data = dataOnly.has(a.name) || a.name.startsWith('data-');"
            + "   part += ' ' + a.name + (data ? (a.value === '' ? '' : '=*') : '=' + a.value);"
            + "  }"
            + "  if ([...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '')) part += ' #text';"
            + "  parts.push(part);"
            + " }"
            + " return parts.join('\\n');"
            + "}";

    /** The structures audited in this JVM (SHA-256 of {@link #STRUCTURE}), by every page of every test. */
    private static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();

    /** Only the portal's own pages are audited, not about:blank or a browser error page. */
    private final String origin;

    private final List<String> findings = new ArrayList<>();

    private AccessibilityAudit(String origin) {
        this.origin = origin;
    }

    /** Audits every document {@code page} loads from now on. */
    static AccessibilityAudit attachTo(Page page, String origin) {
        AccessibilityAudit audit = new AccessibilityAudit(origin);
        page.onLoad(audit::checkSafely);
        page.onConsoleMessage(message -> audit.noteBlockedByPolicy(page, message));
        return audit;
    }

    /**
     * A script or style the Content-Security-Policy refused is a page that does not work as
     * written (an inline handler PrimeFaces did not move, a script without the nonce): a finding too.
     */
    private void noteBlockedByPolicy(Page page, ConsoleMessage message) {
        if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
            findings.add("- " + page.url() + ": blocked by the Content-Security-Policy: "
                    + message.text().lines().findFirst().orElse(""));
        }
    }

    /** Checks the document showing now, if the load listener has not done so yet. */
    void checkCurrentPage(Page page) {
        page.waitForLoadState(); // delivers a load event still on its way to the listener
        checkSafely(page);
    }

    /** Fails with everything found since the last call, page by page. */
    void failOnFindings() {
        if (findings.isEmpty()) {
            return;
        }
        String report = String.join("\n", findings);
        findings.clear();
        throw new AssertionError("Accessibility violations (axe-core, WCAG 2.1 A and AA):\n" + report);
    }

    /** Hands over everything found since the last call, page by page, for a test that collects instead of failing. */
    List<String> takeFindings() {
        List<String> taken = List.copyOf(findings);
        findings.clear();
        return taken;
    }

    /** How much axe-core ran in this JVM, and how often a document's structure spared it. */
    private static final AtomicInteger AUDITS = new AtomicInteger();

    private static final AtomicLong AUDIT_NANOS = new AtomicLong();
    private static final AtomicInteger PASSED_AS_AUDITED = new AtomicInteger();

    /** e.g. "axe-core so far: 120 documents audited in 95 s, 310 passed as already audited". */
    static String figuresSoFar() {
        return "axe-core so far: " + AUDITS + " documents audited in "
                + Duration.ofNanos(AUDIT_NANOS.get()).toSeconds() + " s, " + PASSED_AS_AUDITED
                + " passed as already audited";
    }

    private void checkSafely(Page page) {
        String url = page.url();
        if (!url.startsWith(origin)) {
            return;
        }
        try {
            if (Boolean.TRUE.equals(page.evaluate("() => " + MARK + " === true"))) {
                return;
            }
            String structure = sha256((String) page.evaluate(STRUCTURE));
            if (AUDITED.contains(structure)) {
                PASSED_AS_AUDITED.incrementAndGet();
                page.evaluate("() => { " + MARK + " = true; }");
                return; // a document of this structure has been audited, with the result it would get
            }
            long start = System.nanoTime();
            AxeResults results = new AxeBuilder(page)
                    .withTags(WCAG_A_AND_AA)
                    // one document and no frames: run axe inside it, no helper page needed
                    .setLegacyMode(true)
                    .analyze();
            AUDIT_NANOS.addAndGet(System.nanoTime() - start);
            AUDITS.incrementAndGet();
            page.evaluate("() => { " + MARK + " = true; }");
            AUDITED.add(structure); // only once axe has read it all: a document left half-read counts for nothing
            if (results.isErrored()) {
                findings.add("- " + url + ": axe-core could not run: " + results.getErrorMessage());
            } else if (!results.violationFree()) {
                findings.add(describe(url, results.getViolations()));
            }
        } catch (RuntimeException e) { // Playwright's own, or axe's "unable to inject" wrapping one
            if (!leftBeforeItWasChecked(e)) {
                findings.add("- " + url + ": could not be checked: "
                        + e.getMessage().lines().limit(2).collect(Collectors.joining(" ")));
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * The test moved on (clicked a link) while axe was still reading the page. That document is
     * gone; the next one is checked on its own load event, and the crawler stays on every page.
     */
    private static boolean leftBeforeItWasChecked(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Execution context was destroyed") || message.contains("because of a navigation")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder("- on ").append(url).append(":");
        for (Rule rule : violations) {
            text.append("\n    ")
                    .append(rule.getId())
                    .append(" (")
                    .append(rule.getImpact())
                    .append("): ")
                    .append(rule.getHelp())
                    .append(" <")
                    .append(rule.getHelpUrl())
                    .append('>');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n        at ")
                        .append(target(node.getTarget()))
                        .append("  ")
                        .append(whatToFix(node.getFailureSummary()));
            }
        }
        return text.toString();
    }

    /** axe gives a target as a list of selectors (one per frame or shadow root). */
    private static String target(Object target) {
        if (target instanceof Collection<?> selectors) {
            return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    /** axe's summary without its "Fix any of the following:" heading, on one line. */
    private static String whatToFix(String summary) {
        if (summary == null) {
            return "";
        }
        return summary.lines().skip(1).map(String::strip).collect(Collectors.joining("; "));
    }
}
