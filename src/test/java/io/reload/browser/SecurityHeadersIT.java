package io.reload.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import io.reload.testsupport.browser.ClinicJourneyTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The headers of a public page, a signed-in page and a CSV export (issue 11, item 5), read from
 * the responses the browser got. Over plain HTTP, as here, no HSTS and no Secure cookie; that the
 * pages work under the policy (no script refused) every browser test checks as it goes.
 */
class SecurityHeadersIT extends ClinicJourneyTest {

    private static final Pattern NONCE = Pattern.compile(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$");

    @Test
    void aPublicPageASignedInPageAndACsvCarryTheSecurityHeaders() {
        Response publicPage = open("/login.xhtml");
        Map<String, String> headers = publicPage.allHeaders();
        assertHardened(headers);
        assertTrue(
                NONCE.matcher(headers.get("content-security-policy")).matches(),
                headers.get("content-security-policy"));
        assertFalse(headers.containsKey("strict-transport-security"), "no HSTS over plain HTTP");
        String cookie = publicPage.headerValue("set-cookie");
        assertTrue(cookie != null && cookie.startsWith("JSESSIONID="), "the sign-in page starts a session: " + cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "not Secure over plain HTTP: " + cookie);

        signIn(firstStaff());
        Response signedIn = page.navigate(baseUrl() + "/staff/dashboard.xhtml");
        assertEquals(200, signedIn.status());
        assertHardened(signedIn.allHeaders());
        assertTrue(
                NONCE.matcher(signedIn.headerValue("content-security-policy")).matches());

        Response[] csv = new Response[1];
        page.onResponse(response -> {
            if (response.headerValue("content-disposition") != null) {
                csv[0] = response;
            }
        });
        Download download =
                page.waitForDownload(() -> button("Download this table (CSV)").click());
        assertEquals("reload-pain-trends.csv", download.suggestedFilename());
        assertTrue(csv[0] != null, "the CSV's response was seen");
        assertHardened(csv[0].allHeaders());
    }

    /** What every response of the portal must carry, whatever it is. */
    private static void assertHardened(Map<String, String> headers) {
        assertEquals("nosniff", headers.get("x-content-type-options"));
        assertEquals("same-origin", headers.get("referrer-policy"));
        assertEquals("no-store", headers.get("cache-control"), "nothing signed in stays in a cache");
        assertTrue(headers.getOrDefault("permissions-policy", "").contains("camera=()"), String.valueOf(headers));
        String policy = headers.getOrDefault("content-security-policy", "");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(
                policy.substring(policy.indexOf("script-src")).contains("unsafe-inline"),
                "no inline scripts: " + policy);
        assertEquals(1, policy.split("script-src").length - 1, "one policy, one script-src: " + policy);
    }
}
