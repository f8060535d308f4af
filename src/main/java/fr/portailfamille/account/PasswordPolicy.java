package fr.portailfamille.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Password policy of the family portal, following CNIL délibération 2022-100 (password-only authentication,
 * with block-list) and OWASP ASVS 4 section V2.1:
 * <ul>
 *   <li>length from {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, counted as Unicode code points
 *       after NFC normalisation (an emoji or an accented letter counts as one character);</li>
 *   <li>any character is allowed (spaces, accents, emoji) and there is no composition rule;</li>
 *   <li>refused when it is one of the common passwords (see {@link CommonPasswords} for the exact-match
 *       semantics);</li>
 *   <li>refused when it is equal to or contains the login, ignoring case and accents.</li>
 * </ul>
 * The candidate is never trimmed or otherwise altered for the length rule: spaces count.
 *
 * <p>Immutable and thread-safe. To declare it as a Spring bean:
 * <pre>{@code
 * @Bean
 * PasswordPolicy passwordPolicy() {
 *     return PasswordPolicy.standard();
 * }
 * }</pre>
 */
public final class PasswordPolicy {

    /** Minimum length, in Unicode code points after NFC normalisation. */
    public static final int MIN_LENGTH = 12;

    /** Maximum length, in Unicode code points after NFC normalisation. */
    public static final int MAX_LENGTH = 128;

    /** Message key of the positive help text shown next to the password field. */
    public static final String HELP_MESSAGE_KEY = "password.help";

    /**
     * Inputs longer than this many UTF-16 units are refused as {@link PasswordViolation#TOO_LONG} without being
     * normalised or searched, so that huge inputs cost nothing. It is safe: NFC composition shrinks a string by at
     * most a factor 4 in code points (longest canonical decomposition), and a code point takes at most 2 units,
     * so such an input has more than 4096 / 8 = 512 > {@value #MAX_LENGTH} code points after NFC.
     */
    private static final int HARD_INPUT_LIMIT = 4096;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final CommonPasswords commonPasswords;

    PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
    }

    /** The policy with the standard block-lists (loaded once per JVM, on first use). */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(CommonPasswords.standard());
    }

    /**
     * Checks a candidate password.
     *
     * @param login     the user's login; {@code null} or blank skips the login rule
     * @param candidate the password as typed; {@code null} is treated as empty
     * @return every violated rule, in the order of {@link PasswordViolation}; empty when the password is accepted
     */
    public List<PasswordViolation> check(String login, String candidate) {
        String raw = candidate == null ? "" : candidate;
        if (raw.length() > HARD_INPUT_LIMIT) {
            return List.of(PasswordViolation.TOO_LONG);
        }
        String password = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int length = password.codePointCount(0, password.length());

        List<PasswordViolation> violations = new ArrayList<>(2);
        if (length < MIN_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(PasswordViolation.TOO_LONG);
        }
        if (commonPasswords.contains(password)) {
            violations.add(PasswordViolation.COMMON);
        }
        if (containsLogin(login, password)) {
            violations.add(PasswordViolation.CONTAINS_LOGIN);
        }
        return Collections.unmodifiableList(violations);
    }

    /** Whether the candidate satisfies every rule, i.e. {@link #check} returns no violation. */
    public boolean isCompliant(String login, String candidate) {
        return check(login, candidate).isEmpty();
    }

    private static boolean containsLogin(String login, String password) {
        if (login == null) {
            return false;
        }
        String foldedLogin = fold(login).strip();
        if (foldedLogin.isEmpty()) {
            return false;
        }
        return fold(password).contains(foldedLogin);
    }

    /** Case- and accent-insensitive form: NFD, combining marks removed, lower case ({@link Locale#ROOT}). */
    private static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
