package io.reload.testsupport.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's session with a portal node over plain HTTP, for what a browser per person would
 * make too slow: many people pressing the same button at once (ClusterIT's race for a slot).
 * It sends a Faces form as the page rendered it: the form's own field, the inputs given, the
 * pressed button and the view state. Redirects are not followed, so the caller sees where the
 * portal sends the person.
 */
public final class FacesHttpSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;

    public FacesHttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Signs in on the sign-in page (a client: no second factor); fails unless sent on to a page of theirs. */
    public void signIn(String email, String password) throws IOException, InterruptedException {
        String page = get("/login.xhtml").body();
        HttpResponse<String> answer = submit(
                "/login.xhtml",
                page,
                "signIn",
                "signIn:submit",
                Map.of("signIn:email", email, "signIn:password", password));
        String sentTo = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || sentTo.contains("login.xhtml")) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + answer.statusCode() + " " + sentTo);
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Presses the form's button on a page fetched from the path, with the inputs filled in. */
    public HttpResponse<String> submit(
            String path, String page, String formId, String buttonId, Map<String, String> inputs)
            throws IOException, InterruptedException {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on " + path);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.putAll(inputs);
        fields.put(buttonId, "");
        fields.put("jakarta.faces.ViewState", unescape(viewState.group(1)));
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&amp;", "&");
    }
}
