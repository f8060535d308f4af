package fr.portailfamille.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs the vendored axe-core ({@code src/test/resources/axe/axe.min.js}, see SOURCE.md there) in
 * the page currently loaded in a {@link WebDriver}.
 *
 * <p>axe is injected through WebDriver's {@code executeScript}, which Chromium evaluates through
 * the DevTools protocol: the page's Content-Security-Policy (no inline script) does not block it.
 */
public final class Axe {

    /** Impacts that fail {@link #assertNoSeriousViolations(WebDriver, String)}. */
    public static final Set<String> SERIOUS_IMPACTS = Set.of("serious", "critical");

    private static final String RESOURCE = "/axe/axe.min.js";

    private static final String RUN_SCRIPT = """
            var done = arguments[arguments.length - 1];
            window.axe.run(document, {resultTypes: ['violations']}).then(function (results) {
              done({violations: results.violations.map(function (v) {
                return {
                  id: v.id,
                  impact: v.impact || '',
                  help: v.help,
                  helpUrl: v.helpUrl || '',
                  targets: v.nodes.map(function (n) {
                    return n.target.map(function (t) {
                      return Array.isArray(t) ? t.join(' >>> ') : String(t);
                    }).join(' ');
                  })
                };
              })});
            }).catch(function (e) {
              done({error: String(e && e.stack || e)});
            });
            """;

    private static volatile String source;

    private Axe() {
    }

    /** One axe rule violated on the page, with the CSS selectors of the offending nodes. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return "[" + impact + "] " + id + ": " + help + " (" + helpUrl + ")\n      nodes: "
                    + String.join(" | ", targets);
        }
    }

    /** All axe violations on the current page, whatever their impact. */
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object present = js.executeScript("return typeof window.axe === 'object' && !!window.axe.run;");
        if (!Boolean.TRUE.equals(present)) {
            js.executeScript(axeSource());
        }
        Object raw = js.executeAsyncScript(RUN_SCRIPT);
        if (!(raw instanceof Map<?, ?> result)) {
            throw new IllegalStateException("axe returned no result: " + raw);
        }
        if (result.get("error") != null) {
            throw new IllegalStateException("axe.run failed: " + result.get("error"));
        }
        return ((List<?>) result.get("violations")).stream()
                .map(o -> (Map<?, ?>) o)
                .map(v -> new Violation(
                        String.valueOf(v.get("id")),
                        String.valueOf(v.get("impact")),
                        String.valueOf(v.get("help")),
                        String.valueOf(v.get("helpUrl")),
                        ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()))
                .toList();
    }

    /** Violations of impact "serious" or "critical" on the current page. */
    public static List<Violation> seriousViolations(WebDriver driver) {
        return violations(driver).stream().filter(v -> SERIOUS_IMPACTS.contains(v.impact())).toList();
    }

    /** Fails with a readable list when the current page has a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
        List<Violation> found = seriousViolations(driver);
        if (!found.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append("axe found ").append(found.size())
                    .append(" serious/critical accessibility violation(s) on page '").append(pageName)
                    .append("' (").append(driver.getCurrentUrl()).append("):");
            for (Violation v : found) {
                message.append("\n  - ").append(v);
            }
            fail(message.toString());
        }
    }

    private static String axeSource() {
        String s = source;
        if (s == null) {
            try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + RESOURCE);
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            source = s;
        }
        return s;
    }
}
