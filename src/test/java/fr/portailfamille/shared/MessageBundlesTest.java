package fr.portailfamille.shared;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the message bundles of {@code i18n/}: every French file {@code <module>.properties} has an
 * English counterpart {@code <module>_en.properties} with the same keys and the same MessageFormat
 * placeholders, and every message with arguments is a valid MessageFormat pattern.
 *
 * <p>Every message is a {@link MessageFormat} pattern ({@code spring.messages.always-use-message-format}): an
 * apostrophe is written {@code ''} in every message, with or without arguments.
 */
class MessageBundlesTest {

    private static final String FOLDER = "i18n";
    private static final Pattern FRENCH_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.properties");
    private static final Pattern ENGLISH_FILE = Pattern.compile("[a-z][a-z0-9-]*_en\\.properties");
    /** An argument such as {0}, {1,number} or { 2 }. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*[,}]");

    static Stream<String> modules() throws IOException {
        return frenchFiles().stream().map(name -> name.substring(0, name.length() - ".properties".length()));
    }

    @Test
    void everyModuleHasBothLanguagesAndThereIsSomethingToCheck() throws IOException {
        List<String> french = frenchFiles();
        assertThat(french).as("French message files in classpath:%s/", FOLDER).isNotEmpty();
        try (Stream<Path> files = Files.list(folder())) {
            List<String> englishWithoutFrench = files.map(p -> p.getFileName().toString())
                    .filter(name -> ENGLISH_FILE.matcher(name).matches())
                    .filter(name -> !french.contains(name.replace("_en.properties", ".properties")))
                    .toList();
            assertThat(englishWithoutFrench).as("English files without a French file").isEmpty();
        }
        for (String fr : french) {
            String en = fr.replace(".properties", "_en.properties");
            assertThat(folder().resolve(en)).as("English counterpart of %s", fr).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void sameKeysInFrenchAndEnglish(String module) throws IOException {
        Properties fr = load(module + ".properties");
        Properties en = load(module + "_en.properties");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(difference(fr.stringPropertyNames(), en.stringPropertyNames()))
                .as("keys of %s.properties missing from %s_en.properties", module, module)
                .isEmpty();
        softly.assertThat(difference(en.stringPropertyNames(), fr.stringPropertyNames()))
                .as("keys of %s_en.properties missing from %s.properties", module, module)
                .isEmpty();
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void samePlaceholdersInFrenchAndEnglish(String module) throws IOException {
        Properties fr = load(module + ".properties");
        Properties en = load(module + "_en.properties");

        List<String> mismatches = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                continue; // reported by sameKeysInFrenchAndEnglish
            }
            SortedSet<String> frPlaceholders = placeholders(fr.getProperty(key));
            SortedSet<String> enPlaceholders = placeholders(en.getProperty(key));
            if (!frPlaceholders.equals(enPlaceholders)) {
                mismatches.add(key + ": fr " + frPlaceholders + " / en " + enPlaceholders);
            }
        }
        assertThat(mismatches).as("placeholders differing between %s.properties and %s_en.properties", module, module)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyMessageIsAValidMessageFormat(String module) throws IOException {
        SoftAssertions softly = new SoftAssertions();
        checkFormats(softly, module + ".properties", Locale.FRENCH);
        checkFormats(softly, module + "_en.properties", Locale.ENGLISH);
        softly.assertAll();
    }

    /**
     * The portal sets {@code spring.messages.always-use-message-format}: every message goes through MessageFormat,
     * with or without arguments, so an apostrophe is always written {@code ''}. A lone one would be swallowed (and
     * the text after it taken literally).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyMessageWritesItsApostrophesForMessageFormat(String module) throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String file : List.of(module + ".properties", module + "_en.properties")) {
            Properties messages = load(file);
            List<String> lone = new ArrayList<>();
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                if (hasLoneApostrophe(messages.getProperty(key))) {
                    lone.add(key);
                }
            }
            softly.assertThat(lone).as("%s: write an apostrophe '' (every message is a MessageFormat)", file)
                    .isEmpty();
        }
        softly.assertAll();
    }

    /**
     * Every key of every bundle, rendered the way the portal renders it (the MessageSource configured as in
     * application.properties; without arguments as {@code #{key}} does, or with one per placeholder), shows no
     * doubled apostrophe, no left-over placeholder, and every apostrophe the message meant.
     */
    @Test
    void everyMessageRendersWithoutMessageFormatArtefacts() throws IOException {
        Properties app = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            app.load(new InputStreamReader(in, UTF_8));
        }
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasenames(app.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(Boolean.parseBoolean(app.getProperty("spring.messages.always-use-message-format")));
        SoftAssertions softly = new SoftAssertions();
        for (String module : modules().toList()) {
            for (var file : List.of(Map.entry(module + ".properties", Locale.FRENCH),
                    Map.entry(module + "_en.properties", Locale.ENGLISH))) {
                Properties messages = load(file.getKey());
                for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                    String raw = messages.getProperty(key);
                    int arguments = placeholders(raw).size();
                    Object[] args = arguments == 0 ? null : java.util.stream.IntStream.range(0, 10).mapToObj(i -> (Object) 7)
                            .toArray();
                    String rendered = source.getMessage(key, args, file.getValue());
                    softly.assertThat(rendered).as("%s: %s", file.getKey(), key).doesNotContain("''")
                            .doesNotContainPattern("\\{\\s*\\d+\\s*[,}]");
                    softly.assertThat(rendered.chars().filter(c -> c == '\'').count()).as("apostrophes of %s: %s",
                            file.getKey(), key).isEqualTo((long) raw.split("''", -1).length - 1);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Templates pass arguments to every message that has placeholders: a literal {@code #{key}} and a computed
     * {@code #{${'prefix.' + …}}} without arguments must not name (or may not reach) a message with placeholders.
     */
    @Test
    void templatesPassArgumentsToMessagesWithPlaceholders() throws Exception {
        Map<String, String> all = new java.util.HashMap<>();
        for (String module : modules().toList()) {
            load(module + ".properties").forEach((k, v) -> all.put((String) k, (String) v));
        }
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)}");
        Pattern computed = Pattern.compile("#\\{\\$\\{'([a-zA-Z0-9_.-]+)' *\\+[^}]*}}");
        Path templates = Path.of(MessageBundlesTest.class.getClassLoader().getResource("templates").toURI());
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                var m = literal.matcher(html);
                while (m.find()) {
                    if (all.containsKey(m.group(1)) && hasArguments(all.get(m.group(1)))) {
                        missing.add(templates.relativize(file) + ": #{" + m.group(1) + "}");
                    }
                }
                var c = computed.matcher(html);
                while (c.find()) {
                    String prefix = c.group(1);
                    all.forEach((key, message) -> {
                        if (key.startsWith(prefix) && hasArguments(message)) {
                            missing.add(templates.relativize(file) + ": " + c.group() + " reaches " + key);
                        }
                    });
                }
            }
        }
        assertThat(missing).as("messages with placeholders rendered without arguments").isEmpty();
    }

    private static boolean hasLoneApostrophe(String message) {
        return message.replace("''", "").contains("'");
    }

    private static void checkFormats(SoftAssertions softly, String file, Locale locale) throws IOException {
        Properties messages = load(file);
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            String message = messages.getProperty(key);
            softly.assertThatCode(() -> new MessageFormat(message, locale))
                    .as("%s: %s does not parse as a MessageFormat", file, key)
                    .doesNotThrowAnyException();
        }
    }

    private static boolean hasArguments(String message) {
        return ARGUMENT.matcher(message).find();
    }

    /**
     * The placeholders of a message with arguments, following MessageFormat's quoting ({@code ''} is an
     * apostrophe, {@code '...'} is literal text), written without spaces: {0}, {1,number}…
     */
    static SortedSet<String> placeholders(String message) {
        SortedSet<String> found = new TreeSet<>();
        if (!hasArguments(message)) {
            return found;
        }
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '\'') {
                if (i + 1 < message.length() && message.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    int end = message.indexOf('\'', i + 1);
                    i = end < 0 ? message.length() : end + 1;
                }
            } else if (c == '{') {
                int depth = 0;
                int start = i;
                do {
                    char d = message.charAt(i);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    i++;
                } while (depth > 0 && i < message.length());
                if (depth == 0) {
                    addPlaceholder(found, message.substring(start + 1, i - 1));
                } else {
                    found.add(message.substring(start)); // unclosed: reported by the MessageFormat check
                }
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * {0} and {0,number,integer} are kept as written (without spaces); a choice keeps only {0,choice}
     * since its texts are translated, plus the placeholders inside those texts.
     */
    private static void addPlaceholder(SortedSet<String> found, String inside) {
        String[] parts = inside.split(",", 3);
        if (parts.length == 3 && parts[1].strip().equals("choice")) {
            found.add("{" + parts[0].strip() + ",choice}");
            found.addAll(placeholders(parts[2]));
        } else {
            found.add("{" + inside.replaceAll("\\s+", "") + "}");
        }
    }

    private static SortedSet<String> difference(Set<String> a, Set<String> b) {
        SortedSet<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String file) throws IOException {
        String resource = FOLDER + "/" + file;
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath:%s", resource).isNotNull();
            // Strict UTF-8: a file saved in another encoding fails instead of showing garbled accents.
            Reader reader = new InputStreamReader(in, UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }

    private static List<String> frenchFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> FRENCH_FILE.matcher(name).matches())
                    .sorted()
                    .toList();
        }
    }

    private static Path folder() {
        URL url = MessageBundlesTest.class.getClassLoader().getResource(FOLDER);
        assertThat(url).as("classpath:%s/", FOLDER).isNotNull();
        assertThat(url.getProtocol()).as("classpath:%s/ must be a directory (target/classes)", FOLDER)
                .isEqualTo("file");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
