package fr.portailfamille.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A browser-less family on the real HTTP port: its own cookies (the session cookie included), the login form with
 * its CSRF token, plain form posts. For tests of what only a real session shows (sessions in the database,
 * persistent logins, compression).
 */
public final class HttpFamily {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpFamily(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form of the page at {@code formPage} (its CSRF token taken from that page) to {@code action}. */
    public HttpResponse<String> post(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        var page = get(formPage);
        var token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
        var form = new LinkedHashMap<>(fields);
        if (token != null) {
            form.put("_csrf", token.attr("value"));
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> logIn(String login, Map<String, String> extra) throws IOException, InterruptedException {
        var fields = new LinkedHashMap<String, String>();
        fields.put("identifiant", login);
        fields.put("motDePasse", Fixtures.PASSWORD);
        fields.putAll(extra);
        return post("/connexion", "/connexion", fields);
    }

    public HttpResponse<String> logIn(String login) throws IOException, InterruptedException {
        return logIn(login, Map.of());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
