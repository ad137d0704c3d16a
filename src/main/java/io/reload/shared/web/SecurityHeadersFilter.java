package io.reload.shared.web;

import io.reload.shared.security.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries. The Content-Security-Policy is web.xml's
 * primefaces.CSP_POLICY, one policy for the whole portal: on Faces pages PrimeFaces sends it with
 * that page's script nonce appended (its CSP mode), which replaces the nonce-less copy set here
 * for every other response. Everything but static resources is {@code no-store}: a page or a CSV
 * with health data must not stay in a shared computer's cache after sign-out. HSTS only when the
 * portal was reached over HTTPS (directly or through a trusted proxy), as a browser ignores it
 * otherwise and a test over plain HTTP must not be pinned to HTTPS.
 */
// also on the error dispatch: the container's error page (a Faces page) is rendered on the
// original response, outside the first pass's wrapper, and PrimeFaces adds its policy there
@WebFilter(
        filterName = "SecurityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String[] STATIC_PATHS = {"/jakarta.faces.resource/", "/resources/", "/favicon"};

    @Inject
    TrustedProxies proxies;

    private String policy;

    @Override
    public void init(FilterConfig config) {
        policy = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException(
                    "web.xml must set primefaces.CSP_POLICY, the portal's Content-Security-Policy");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean noStore = !isStatic(request);
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (noStore) {
            response.setHeader(CACHE_CONTROL, "no-store");
        }
        if (proxies.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new HeadersKept(response, noStore));
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String staticPath : STATIC_PATHS) {
            if (path.startsWith(staticPath)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets a later Content-Security-Policy (PrimeFaces' with the nonce) replace ours rather than
     * add a second policy, which the browser would enforce too; keeps no-store against a
     * download helper's own Cache-Control.
     */
    private static final class HeadersKept extends HttpServletResponseWrapper {

        private final boolean noStore;

        HeadersKept(HttpServletResponse response, boolean noStore) {
            super(response);
            this.noStore = noStore;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!keepsNoStore(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!keepsNoStore(name)) {
                super.setHeader(name, value);
            }
        }

        private boolean keepsNoStore(String name) {
            return noStore && CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
