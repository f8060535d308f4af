package fr.portailfamille.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, for browser journeys in tests.
 *
 * <p>Uses only Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}: nothing is
 * ever downloaded (Selenium Manager is bypassed because both the driver executable and the
 * browser binary are given explicitly). Each instance gets a fresh temporary profile, deleted on
 * {@link #close()}.
 *
 * <pre>{@code
 * Browser.requireOrSkip();
 * try (Browser browser = Browser.desktop()) {
 *     browser.driver().get(url);
 *     Axe.assertNoSeriousViolations(browser.driver(), "accueil");
 *     browser.screenshot(Path.of("target/screenshots/accueil.png"));
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    /** Debian's Chromium launcher. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's chromedriver (package chromium-driver), same version as the browser. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** System property: when {@code "true"}, a missing browser fails the test instead of skipping. */
    public static final String REQUIRED_PROPERTY = "browser.required";

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    /** Selenium warns that it has no CDP bindings for this Chromium; the kit does not use CDP. */
    private static final Logger CDP_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOGGER.setLevel(Level.SEVERE);
    }

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profileDir;

    private Browser(int width, int height) {
        if (!available()) {
            throw new IllegalStateException(
                    "Chromium or chromedriver missing: expected " + CHROMIUM + " and " + CHROMEDRIVER
                            + " (apt-get install chromium chromium-driver)");
        }
        // Belt and braces: with this property set, Selenium never asks Selenium Manager for a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            this.profileDir = Files.createTempDirectory("portail-famille-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Chromium profile", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profileDir,
                "--window-size=" + width + "," + height);
        ChromeDriverService svc = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver wd;
        try {
            wd = new ChromeDriver(svc, options);
        } catch (RuntimeException e) {
            svc.stop();
            deleteRecursively(profileDir);
            throw e;
        }
        this.service = svc;
        this.driver = wd;
        try {
            resizeViewport(width, height);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A desktop-sized browser: viewport 1280x900. */
    public static Browser desktop() {
        return new Browser(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A phone-sized browser: viewport 390x844 (a common modern phone). Not a mobile emulation: no touch, DPR 1. */
    public static Browser phone() {
        return new Browser(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** A browser with a custom viewport size. */
    public static Browser ofSize(int width, int height) {
        return new Browser(width, height);
    }

    /**
     * Makes the page viewport (CSS {@code window.innerWidth x innerHeight}) exactly this size.
     * Chromium's window size includes emulated browser chrome (about 143px of height in
     * headless=new), so the window is grown by the measured difference.
     */
    public void resizeViewport(int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (driver instanceof ChromeDriver chrome) {
            // the window size of headless Chromium is not always honoured to the pixel, so the loop below could
            // spend its 3 × 3 s for nothing: DevTools sets the viewport itself, at once and exactly
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", false));
            List<?> inner = (List<?>) js.executeScript("return [window.innerWidth, window.innerHeight];");
            if (((Number) inner.get(0)).intValue() == width && ((Number) inner.get(1)).intValue() == height) {
                return;
            }
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            // the browser chrome around the viewport, measured on a settled window
            List<?> sizes = (List<?>) js.executeScript(
                    "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];");
            int chromeWidth = Math.max(0, ((Number) sizes.get(0)).intValue());
            int chromeHeight = Math.max(0, ((Number) sizes.get(1)).intValue());
            driver.manage().window().setSize(new Dimension(width + chromeWidth, height + chromeHeight));
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                List<?> inner = (List<?>) js.executeScript("return [window.innerWidth, window.innerHeight];");
                if (((Number) inner.get(0)).intValue() == width && ((Number) inner.get(1)).intValue() == height) {
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** How long a step waits for its page: generous, since a loaded machine can take seconds per page. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A wait of {@link #PATIENCE} for a condition of the page. */
    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Runs an action that leaves the page (a click on a link or a submit button) and returns once the next page
     * has replaced it and is loaded. A click returns before the browser navigates: reading the URL or the page
     * right after it may still read the old page (a race seen on a loaded CI machine).
     */
    public static void follow(WebDriver driver, Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        waitFor(driver).until(d -> gone(page));
        waitFor(driver).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the document. Chromium 156.0.8078.114 answers an element of a page that was replaced
     * with « Node with given id does not belong to the document » (an unknown error) instead of a stale element
     * reference, which Selenium's {@code stalenessOf} does not take for staleness.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks the element (a link, a submit button) and waits for the page it leads to. */
    public static void follow(WebDriver driver, By target) {
        WebElement element = driver.findElement(target);
        follow(driver, element::click);
    }

    /** Whether Debian's Chromium and chromedriver are installed at their expected paths. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Call at the start of a browser test. Skips the test when no browser is installed, unless the
     * system property {@code browser.required} is {@code "true"} (as on CI), where it fails instead.
     */
    public static void requireOrSkip() {
        String message = "headless Chromium not available (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
        if (Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY))) {
            assertTrue(available(), message + " but -D" + REQUIRED_PROPERTY + "=true");
        } else {
            assumeTrue(available(), message);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Writes a PNG screenshot of the current viewport, creating parent folders as needed. */
    public void screenshot(Path png) {
        byte[] shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(png, shot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + png, e);
        }
    }

    /** The widths every page must fit without sideways scrolling: a common laptop and a common phone. */
    public static final int[][] FIT_SIZES = {{1366, 900}, {PHONE_WIDTH, PHONE_HEIGHT}};

    /**
     * What does not fit the viewport: the page scrolls sideways ({@code scrollWidth > clientWidth}), or an element
     * cuts its own text off (content wider than its box under {@code overflow: hidden|clip|auto|scroll}, such as
     * a table in a scrolling wrapper whose last buttons read « PD », « Pa »). Visually hidden text is skipped.
     */
    private static final String FIT_CHECK = """
            const problems = [];
            const root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) {
              problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px of content for ' + root.clientWidth + ' px');
            }
            for (const e of document.body.querySelectorAll('*')) {
              if (e.clientWidth <= 1 || e.closest('.visually-hidden')) continue;
              const style = getComputedStyle(e);
              if (style.display === 'none' || style.visibility === 'hidden' || style.overflowX === 'visible') continue;
              if (e.scrollWidth > e.clientWidth + 1 && (e.innerText || '').trim() !== '') {
                const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                problems.push(name + ' cuts its content: ' + e.scrollWidth + ' px in ' + e.clientWidth + ' px ("'
                    + e.innerText.trim().replace(/\s+/g, ' ').slice(0, 60) + '")');
              }
            }
            return problems;""";

    /**
     * Checks that the current page fits {@link #FIT_SIZES 1366 px and 390 px} wide: no sideways scrolling of the
     * page, no element cutting its text off. Restores the viewport afterwards.
     */
    public void assertFits(String page) {
        List<?> inner = (List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        int width = ((Number) inner.get(0)).intValue();
        int height = ((Number) inner.get(1)).intValue();
        List<String> problems = new java.util.ArrayList<>();
        try {
            for (int[] size : FIT_SIZES) {
                resizeViewport(size[0], size[1]);
                for (Object problem : (List<?>) ((JavascriptExecutor) driver).executeScript(FIT_CHECK)) {
                    problems.add(size[0] + " px: " + problem);
                }
            }
        } finally {
            resizeViewport(width, height);
        }
        assertTrue(problems.isEmpty(), () -> page + " does not fit:\n  " + String.join("\n  ", problems));
    }

    /** Quits the browser, stops chromedriver and deletes the temporary profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                service.stop();
            } finally {
                deleteRecursively(profileDir);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Chromium may still be flushing a file; a leftover temp file is harmless.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
