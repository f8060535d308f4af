package fr.portailfamille.activities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The code of a new activity, derived once from its name ("Croc'Vacances" → {@code CROC-VACANCES}): upper-case
 * ASCII letters, digits and dashes, at most 40 characters, made unique with a numeric suffix. Billing keys its
 * prices by this code, so it never changes afterwards (renaming the activity keeps its tariffs).
 */
final class ActivityCodes {

    static final int MAX = 40;

    private ActivityCodes() {
    }

    static String fromName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > MAX) {
            code = code.substring(0, MAX).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "ACTIVITE" : code;
    }

    /** The code from the name, or the first of CODE-2, CODE-3… that {@code taken} does not already hold. */
    static String unique(String name, Predicate<String> taken) {
        String base = fromName(name);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
