package io.reload.testsupport.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 */
final class AccessibilityAudit {

    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String MARK = "window.__reloadAccessibilityChecked";

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

    private void checkSafely(Page page) {
        String url = page.url();
        if (!url.startsWith(origin)) {
            return;
        }
        try {
            if (Boolean.TRUE.equals(page.evaluate("() => " + MARK + " === true"))) {
                return;
            }
            AxeResults results = new AxeBuilder(page)
                    .withTags(WCAG_A_AND_AA)
                    // one document and no frames: run axe inside it, no helper page needed
                    .setLegacyMode(true)
                    .analyze();
            page.evaluate("() => { " + MARK + " = true; }");
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
