package fr.portailfamille.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Checks the browser-test kit itself: real headless Chromium, axe-core injected under a strict
 * Content-Security-Policy, screenshots. Pages are served by a JDK HttpServer on 127.0.0.1.
 */
class BrowserKitTest {

    static final String CSP = "default-src 'self'";

    static final String ACCESSIBLE_PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Accueil - Portail Famille</title></head>
            <body>
              <header><p>Portail Famille</p></header>
              <main>
                <h1>Bienvenue</h1>
                <p>Inscrivez vos enfants aux activités du Service Jeunesse.</p>
                <form action="/connexion" method="post">
                  <label for="courriel">Adresse électronique</label>
                  <input id="courriel" name="courriel" type="email" autocomplete="email">
                  <button type="submit">Se connecter</button>
                </form>
              </main>
              <script>document.title = 'inline script ran';</script>
            </body>
            </html>
            """;

    static final String INACCESSIBLE_PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Page fautive</title></head>
            <body>
              <main>
                <h1>Page fautive</h1>
                <img src="/photo.png">
                <input id="nom" name="nom" type="text">
              </main>
            </body>
            </html>
            """;

    static HttpServer server;
    static String baseUrl;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            switch (exchange.getRequestURI().getPath()) {
                case "/ok" -> respond(exchange, 200, "text/html; charset=utf-8", ACCESSIBLE_PAGE);
                case "/ko" -> respond(exchange, 200, "text/html; charset=utf-8", INACCESSIBLE_PAGE);
                default -> respond(exchange, 404, "text/plain; charset=utf-8", "introuvable");
            }
        });
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void axeRunsUnderStrictCspAndPassesAnAccessiblePage() {
        Browser.requireOrSkip();
        try (Browser browser = Browser.desktop()) {
            browser.driver().get(baseUrl + "/ok");
            // The CSP is in force: the page's own inline script was blocked...
            assertEquals("Accueil - Portail Famille", browser.driver().getTitle());
            // ...yet axe, injected through WebDriver, runs.
            Axe.assertNoSeriousViolations(browser.driver(), "accessible");
        }
    }

    @Test
    void axeReportsMissingAltAndMissingLabel() {
        Browser.requireOrSkip();
        try (Browser browser = Browser.desktop()) {
            browser.driver().get(baseUrl + "/ko");
            List<Axe.Violation> serious = Axe.seriousViolations(browser.driver());
            List<String> ids = serious.stream().map(Axe.Violation::id).toList();
            assertTrue(ids.contains("image-alt"), "image-alt expected in " + serious);
            assertTrue(ids.contains("label"), "label expected in " + serious);
            Axe.Violation label = serious.stream().filter(v -> v.id().equals("label")).findFirst().orElseThrow();
            assertEquals(List.of("#nom"), label.targets());

            AssertionError error = assertThrows(AssertionError.class,
                    () -> Axe.assertNoSeriousViolations(browser.driver(), "fautive"));
            assertTrue(error.getMessage().contains("page 'fautive'"), error.getMessage());
            assertTrue(error.getMessage().contains("image-alt"), error.getMessage());
            assertTrue(error.getMessage().contains("#nom"), error.getMessage());
        }
    }

    @Test
    void screenshotsAreWrittenAtDesktopAndPhoneSizes() throws IOException {
        Browser.requireOrSkip();
        Path dir = Path.of("target", "browser-kit");
        try (Browser browser = Browser.desktop()) {
            browser.driver().get(baseUrl + "/ok");
            assertViewport(browser, 1280, 900);
            Path png = dir.resolve("desktop.png");
            Files.deleteIfExists(png);
            browser.screenshot(png);
            assertPng(png, 1280, 900);
        }
        try (Browser browser = Browser.phone()) {
            browser.driver().get(baseUrl + "/ok");
            assertViewport(browser, 390, 844);
            Path png = dir.resolve("phone.png");
            Files.deleteIfExists(png);
            browser.screenshot(png);
            assertPng(png, 390, 844);
        }
    }

    private static void assertViewport(Browser browser, long width, long height) {
        Object size = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return window.innerWidth + 'x' + window.innerHeight;");
        assertEquals(width + "x" + height, size, "viewport size");
    }

    private static void assertPng(Path png, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " not written");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, png + " suspiciously small: " + bytes.length + " bytes");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertTrue(Arrays.equals(signature, Arrays.copyOf(bytes, 8)), png + " is not a PNG");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), "PNG size");
    }

    @Test
    void profileDirectoryIsDeletedOnClose() {
        Browser.requireOrSkip();
        Browser browser = Browser.desktop();
        Map<?, ?> caps = ((org.openqa.selenium.HasCapabilities) browser.driver()).getCapabilities().asMap();
        Object chrome = caps.get("chrome");
        String profile = chrome instanceof Map<?, ?> m ? String.valueOf(m.get("userDataDir")) : null;
        browser.close();
        assertFalse(profile == null || profile.isBlank(), "no userDataDir in capabilities " + caps);
        assertFalse(Files.exists(Path.of(profile)), "profile left behind: " + profile);
    }
}
