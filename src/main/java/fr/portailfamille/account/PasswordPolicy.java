package fr.portailfamille.account;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Password policy of the family portal, following CNIL délibération 2022-100 (password-only authentication,
 * with block-list) and OWASP ASVS 4 section V2.1 — every rule is here, each with its {@link PasswordViolation}
 * and its plain French message:
 * <ul>
 *   <li>length from {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, counted as Unicode code points
 *       after NFC normalisation (an emoji or an accented letter counts as one character);</li>
 *   <li>any character is allowed (spaces, accents, emoji) and there is no composition rule: a long passphrase
 *       passes;</li>
 *   <li>{@link PasswordViolation#COMMON}: one of the common passwords, ignoring case, accents, spaces and
 *       separators;</li>
 *   <li>{@link PasswordViolation#COMMON_VARIANT}: a common password with digits or symbols added at the end or
 *       the start, typed twice, or in simple leetspeak (see {@link PasswordVariants});</li>
 *   <li>{@link PasswordViolation#SEQUENCE}: a repetition or a run of consecutive characters (« 123456789012 »,
 *       « aaaaaaaaaaaa »);</li>
 *   <li>{@link PasswordViolation#CONTAINS_LOGIN}: equal to or contains the login, ignoring case and accents;</li>
 *   <li>{@link PasswordViolation#PERSONAL_NAME} / {@link PasswordViolation#TOWN_NAME}: the user's names or the
 *       town's name with little else (« Martin2026! », « ValFleuri123 »): what is left once they are removed is
 *       fewer than four letters, common, or simple. A passphrase that merely mentions them passes.</li>
 * </ul>
 * The whole password is judged, never a part of it: a common word inside a passphrase is fine.
 *
 * <p>Why not Passay: its dictionary and sequence rules search substrings of the raw password (any « 12345 » or
 * « azert » inside a long passphrase would be refused, stricter than CNIL and OWASP ask), and it has no
 * leetspeak, trailing-digit or name normalisation; the normalisation is this policy's substance, and it is
 * shorter written here than wrapped around Passay's rules.
 *
 * <p>Immutable and thread-safe.
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

    private static final int SHORTEST_NAME = 3;

    private final CommonPasswords commonPasswords;
    private final Supplier<Collection<String>> townNames;

    PasswordPolicy(CommonPasswords commonPasswords) {
        this(commonPasswords, List::of);
    }

    private PasswordPolicy(CommonPasswords commonPasswords, Supplier<Collection<String>> townNames) {
        this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
        this.townNames = townNames;
    }

    /** The policy with the standard block-lists (loaded once per JVM, on first use). */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(CommonPasswords.standard());
    }

    /** The same policy, also refusing passwords built on the town's names (read at each check: they may change). */
    public PasswordPolicy withTownNames(Supplier<Collection<String>> names) {
        return new PasswordPolicy(commonPasswords, names);
    }

    /**
     * Checks a candidate password.
     *
     * @param login     the user's login; {@code null} or blank skips the login rule
     * @param candidate the password as typed; {@code null} is treated as empty
     * @return every violated rule, in the order of {@link PasswordViolation}; empty when the password is accepted
     */
    public List<PasswordViolation> check(String login, String candidate) {
        return check(login, List.of(), candidate);
    }

    /**
     * Checks a candidate password of a user with the given names (first and last names, display name: split
     * into words here).
     */
    public List<PasswordViolation> check(String login, Collection<String> personalNames, String candidate) {
        String raw = candidate == null ? "" : candidate;
        if (raw.length() > HARD_INPUT_LIMIT) {
            return List.of(PasswordViolation.TOO_LONG);
        }
        String password = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int length = password.codePointCount(0, password.length());

        Set<PasswordViolation> violations = EnumSet.noneOf(PasswordViolation.class);
        if (length < MIN_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(PasswordViolation.TOO_LONG);
        }
        String compact = PasswordVariants.compact(password);
        if (commonPasswords.contains(password) || commonPasswords.containsCompact(compact)) {
            violations.add(PasswordViolation.COMMON);
        } else if (isCommonVariant(compact)) {
            violations.add(PasswordViolation.COMMON_VARIANT);
        }
        if (!compact.isEmpty() && isSimple(compact)) {
            violations.add(PasswordViolation.SEQUENCE);
        }
        if (containsLogin(login, password)) {
            violations.add(PasswordViolation.CONTAINS_LOGIN);
        }
        if (builtOn(compact, words(personalNames))) {
            violations.add(PasswordViolation.PERSONAL_NAME);
        }
        if (builtOn(compact, words(townNames.get()))) {
            violations.add(PasswordViolation.TOWN_NAME);
        }
        return List.copyOf(violations);
    }

    /** Whether the candidate satisfies every rule, i.e. {@link #check} returns no violation. */
    public boolean isCompliant(String login, String candidate) {
        return check(login, candidate).isEmpty();
    }

    private boolean isCommonVariant(String compact) {
        return PasswordVariants.variants(compact).stream().anyMatch(commonPasswords::containsCompact);
    }

    /** The whole password, or what is left without its end decorations when that is long enough, is simple. */
    private static boolean isSimple(String compact) {
        String letters = PasswordVariants.letters(compact);
        return PasswordVariants.isSimple(compact)
                || letters.length() >= MIN_LENGTH / 2 && PasswordVariants.isSimple(letters);
    }

    /** Removing the names leaves little: fewer than 4 letters, a common password or a simple one. */
    private boolean builtOn(String compact, List<String> names) {
        String rest = compact;
        for (String name : names) {
            rest = rest.replace(name, "");
        }
        if (rest.equals(compact)) {
            return false;
        }
        String letters = PasswordVariants.letters(rest);
        return letters.length() < PasswordVariants.MEANINGFUL_LETTERS || isCommonVariant(rest)
                || commonPasswords.containsCompact(rest) || PasswordVariants.isSimple(letters);
    }

    /** The names as compact words of at least 3 letters, and each whole name compacted, longest first. */
    private static List<String> words(Collection<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            words.add(PasswordVariants.compact(name));
            for (String word : PasswordVariants.fold(name).split("[^\\p{L}]+")) {
                words.add(word);
            }
        }
        return words.stream().filter(w -> w.codePointCount(0, w.length()) >= SHORTEST_NAME)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static boolean containsLogin(String login, String password) {
        if (login == null) {
            return false;
        }
        String foldedLogin = PasswordVariants.fold(login).strip();
        if (foldedLogin.isEmpty()) {
            return false;
        }
        return PasswordVariants.fold(password).contains(foldedLogin);
    }
}
