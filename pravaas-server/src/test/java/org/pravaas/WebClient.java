package org.pravaas;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, reads CSRF tokens, signs in. */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as htmx sends it. */
    public HttpResponse<String> getHtmx(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form, taking the CSRF token from the page at {@code formPage}. */
    public HttpResponse<String> post(String formPage, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        String token = csrf.find() ? csrf.group(1) : "";
        return postRaw(path, fields, token);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields, String csrfToken)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        if (!csrfToken.isEmpty()) {
            body += "&_csrf=" + enc(csrfToken);
        }
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads a file as a browser's multipart form does, with the CSRF token from {@code formPage}. */
    public HttpResponse<String> postFile(String formPage, String path, String field, String filename, byte[] content)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        String token = csrf.find() ? csrf.group(1) : "";
        String boundary = "----pravaas" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in; returns where the login form sent the browser. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", "/login", Map.of("username", username, "password", password))
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
