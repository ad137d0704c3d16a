package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.DeployedPortal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a client's phone downloads the first time it opens Today: pages, scripts and styles go
 * compressed (gzip, config/pre-boot-commands.asadmin), the whole first load stays under 250 KB,
 * and the scripts and styles may be kept for a week, so later pages fetch only themselves.
 * On the demo clinic, whose Today has a plan, a session form and a history to show.
 */
class FirstLoadIT extends BrowserTest {

    private static final long MOST_BYTES = 250 * 1024;
    private static final long WEEK_SECONDS = 7 * 24 * 3600;
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        return DeployedPortal.demoClinic(testClass);
    }

    @Test
    void todayOnAnEmptyCacheMovesLittleCompressedAndCachesItsResourcesForAWeek() {
        signIn("priya@reload.example", "reload-demo-2026");
        Page fresh = sameSessionWithAnEmptyCache();
        List<Request> finished = new ArrayList<>();
        fresh.onRequestFinished(finished::add);

        fresh.navigate(baseUrl() + "/client/today.xhtml");
        assertThat(fresh.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Today").setExact(true)))
                .isVisible();
        fresh.waitForLoadState();

        long bytes = 0;
        StringBuilder each = new StringBuilder();
        // a copy: asking Playwright about one request lets it deliver the events of others meanwhile
        List<Request> loaded = List.copyOf(finished);
        for (Request request : loaded) {
            Response response = request.response();
            long size = request.sizes().responseBodySize + request.sizes().responseHeadersSize;
            bytes += size;
            each.append("\n  ").append(size).append(" B ").append(request.url());
            String type = response.headerValue("content-type");
            if (type != null && isText(type) && request.sizes().responseBodySize >= 1024) {
                assertTrue(
                        "gzip".equals(response.headerValue("content-encoding")),
                        request.url() + " (" + type + ") went uncompressed");
            }
            if (request.url().contains("/jakarta.faces.resource/")) {
                assertTrue(
                        maxAgeOf(response.headerValue("cache-control")) >= WEEK_SECONDS,
                        request.url() + " is cached for less than a week: " + response.headerValue("cache-control"));
            }
        }
        System.out.println("First load of Today: " + loaded.size() + " requests, " + bytes + " bytes:" + each);
        assertTrue(loaded.size() > 3, "Today came without its scripts and styles? " + loaded.size());
        assertTrue(bytes <= MOST_BYTES, "the first load of Today moved " + bytes + " bytes:" + each);
    }

    private static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("javascript") || contentType.contains("json");
    }

    private static long maxAgeOf(String cacheControl) {
        if (cacheControl == null) {
            return 0;
        }
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        return maxAge.find() ? Long.parseLong(maxAge.group(1)) : 0;
    }
}
