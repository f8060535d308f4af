package fr.portailfamille.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Block-list of common passwords (CNIL délibération 2022-100, OWASP ASVS 4 V2.1.7).
 *
 * <p>The standard instance loads, once per JVM, the two lists shipped in {@code src/main/resources/passwords/}
 * (see {@code SOURCES.md} there for provenance and licences):
 * <ul>
 *   <li>{@code common-10k.txt}: SecLists 10k most common passwords (MIT);</li>
 *   <li>{@code french-top20000.txt}: Richelieu (Maxime Alay-Eddine, Paul Barbaste), most common passwords of
 *       {@code .fr} addresses, via SecLists.</li>
 * </ul>
 *
 * <p><b>Matching semantics: exact match on a normalised form.</b> {@link #contains(String)}: Unicode NFC,
 * lower-cased with {@link Locale#ROOT}, surrounding white space stripped. {@link #containsCompact(String)}: the
 * entries are also kept in {@link PasswordVariants#compact} form (accents, spaces and separators removed), and the
 * {@link PasswordPolicy} looks up there the variants it derives from a candidate (trailing digits removed,
 * leetspeak read back…). Both are plain set look-ups: no substring search.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class CommonPasswords {

    /** Class-path resources loaded by {@link #standard()}, UTF-8, one password per line. */
    static final List<String> STANDARD_RESOURCES = List.of(
            "passwords/common-10k.txt",
            "passwords/french-top20000.txt");

    private final Set<String> entries;
    private final Set<String> compactEntries;

    private CommonPasswords(Set<String> entries) {
        this.entries = entries;
        Set<String> compact = new HashSet<>(entries.size() * 2);
        for (String entry : entries) {
            compact.add(PasswordVariants.compact(entry));
        }
        compact.remove("");
        this.compactEntries = compact;
    }

    /** The standard block-list, loaded lazily the first time it is asked for, then shared. */
    static CommonPasswords standard() {
        return StandardHolder.INSTANCE;
    }

    /** A block-list built from the given entries (normalised here); blank entries are ignored. */
    static CommonPasswords of(Collection<String> passwords) {
        Set<String> set = new HashSet<>();
        for (String password : passwords) {
            add(set, password);
        }
        return new CommonPasswords(set);
    }

    /**
     * Loads the given class-path resources (UTF-8, one password per line).
     *
     * @throws IllegalStateException if a resource is missing
     * @throws UncheckedIOException if a resource cannot be read
     */
    static CommonPasswords load(ClassLoader classLoader, List<String> resources) {
        Set<String> set = new HashSet<>(40_000);
        for (String resource : resources) {
            InputStream in = classLoader.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing password block-list resource: " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    add(set, line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read password block-list resource: " + resource, e);
            }
        }
        return new CommonPasswords(set);
    }

    /** Whether the normalised candidate is exactly one of the normalised entries; {@code null} is never common. */
    boolean contains(String candidate) {
        if (candidate == null) {
            return false;
        }
        return entries.contains(normalise(candidate));
    }

    /** Whether a form already in {@link PasswordVariants#compact} form is one of the entries in that form. */
    boolean containsCompact(String compact) {
        return compact != null && compactEntries.contains(compact);
    }

    /** Number of distinct normalised entries. */
    int size() {
        return entries.size();
    }

    /** NFC, lower case ({@link Locale#ROOT}), surrounding white space stripped. */
    static String normalise(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    private static void add(Set<String> set, String entry) {
        if (entry == null) {
            return;
        }
        String normalised = normalise(entry);
        if (!normalised.isEmpty()) {
            set.add(normalised);
        }
    }

    private static final class StandardHolder {
        static final CommonPasswords INSTANCE =
                load(CommonPasswords.class.getClassLoader(), STANDARD_RESOURCES);
    }
}
