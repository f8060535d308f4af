package fr.portailfamille.account;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalisations the password policy applies before looking a password up in the block-list, in one place:
 * what people add to a common password to make it « stronger » and that guessing tools try first.
 * <ul>
 *   <li>{@link #fold}: case and accents ignored (« MotDePasse », « liberté » = « liberte »);</li>
 *   <li>{@link #compact}: spaces and separators ignored (« mot de passe », « mot.de-passe »);</li>
 *   <li>{@link #variants}: digits and symbols at the end, or at the start, dropped (« motdepasse123! »), and
 *       simple leetspeak read back (« m0td3p4ss3 », « p@ssw0rd »);</li>
 *   <li>{@link #isSimple}: a short pattern repeated (« aaaa… », « abcabc… ») or one or two runs of consecutive
 *       or equal characters (« 123456789012 », « abcdefghijkl », « aaaaaa123456 »);</li>
 *   <li>{@link #repeatedUnit}: a longer word typed twice or more (« soleilsoleil »), looked up once.</li>
 * </ul>
 */
final class PasswordVariants {

    /** Patterns up to this length repeated make a « simple » password. */
    static final int SHORT_PATTERN = 4;
    /** What is left once names are removed must have at least this many letters to count. */
    static final int MEANINGFUL_LETTERS = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-'’,;:/]+");
    private static final Pattern TRAILING = Pattern.compile("[^\\p{L}]+$");
    private static final Pattern LEADING = Pattern.compile("^[^\\p{L}]+");

    private PasswordVariants() {
    }

    /** Lower case, accents removed, œ/æ spelt out. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    }

    /** Folded, spaces and separators removed. */
    static String compact(String value) {
        return SEPARATORS.matcher(fold(value)).replaceAll("");
    }

    /** The forms to look up: the compact form, without trailing (then leading) digits and symbols, and read as leetspeak. */
    static Set<String> variants(String compact) {
        Set<String> forms = new LinkedHashSet<>();
        String withoutEnd = TRAILING.matcher(compact).replaceAll("");
        // every cut of the trailing digits and symbols: « m0td3p4ss3123 » → … « m0td3p4ss3 » (leet: motdepasse)
        addWithLeet(forms, compact);
        for (int end = compact.length() - 1; !withoutEnd.isEmpty() && end >= withoutEnd.length(); end--) {
            if (end < compact.length() && Character.isLowSurrogate(compact.charAt(end))) {
                continue; // never between the two halves of an emoji
            }
            addWithLeet(forms, compact.substring(0, end));
        }
        addWithLeet(forms, LEADING.matcher(withoutEnd).replaceAll(""));
        String unit = repeatedUnit(withoutEnd);
        if (unit != null) {
            forms.add(unit);
            forms.add(leet(unit, 'i'));
        }
        return forms;
    }

    /** Adds the form and its leetspeak readings, when it has enough characters to mean something. */
    private static void addWithLeet(Set<String> forms, String form) {
        if (form.codePointCount(0, form.length()) >= MEANINGFUL_LETTERS) {
            forms.add(form);
            forms.add(leet(form, 'i'));
            forms.add(leet(form, 'l'));
        }
    }

    /** Digits and symbols read as the letters they imitate (« p@ssw0rd » → « password »); 1 is read as {@code one}. */
    static String leet(String value, char one) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1', '!', '|' -> c == '1' ? one : (c == '!' ? 'i' : 'l');
                case '3', '€' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** The value without its leading and trailing digits and symbols. */
    static String letters(String value) {
        return LEADING.matcher(TRAILING.matcher(value).replaceAll("")).replaceAll("");
    }

    /** Whether the value is a short pattern repeated, or at most two runs of equal or consecutive characters. */
    static boolean isSimple(String value) {
        int[] cps = value.codePoints().toArray();
        if (cps.length == 0) {
            return true;
        }
        for (int unit = 1; unit <= SHORT_PATTERN && unit * 2 <= cps.length; unit++) {
            if (repeats(cps, unit)) {
                return true;
            }
        }
        return runs(cps) <= 2;
    }

    /** The word repeated to make the value (« soleilsoleil » → « soleil »), or null. */
    static String repeatedUnit(String value) {
        int[] cps = value.codePoints().toArray();
        for (int unit = 1; unit * 2 <= cps.length; unit++) {
            if (cps.length % unit == 0 && repeats(cps, unit)) {
                return new String(cps, 0, unit);
            }
        }
        return null;
    }

    private static boolean repeats(int[] cps, int unit) {
        for (int i = unit; i < cps.length; i++) {
            if (cps[i] != cps[i - unit]) {
                return false;
            }
        }
        return true;
    }

    /** Number of maximal runs whose steps are all the same, 0, +1 or -1 (9 → 0 and 0 → 9 count as steps of one). */
    private static int runs(int[] cps) {
        int runs = 0;
        int i = 0;
        while (i < cps.length) {
            runs++;
            if (i + 1 == cps.length) {
                break;
            }
            int step = step(cps[i], cps[i + 1]);
            if (Math.abs(step) > 1) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j + 1 < cps.length && step(cps[j], cps[j + 1]) == step) {
                j++;
            }
            i = j + 1;
        }
        return runs;
    }

    private static int step(int from, int to) {
        if (Character.isDigit(from) && Character.isDigit(to)) {
            if (from == '9' && to == '0') {
                return 1;
            }
            if (from == '0' && to == '9') {
                return -1;
            }
        }
        return to - from;
    }
}
