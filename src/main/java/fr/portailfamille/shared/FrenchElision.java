package fr.portailfamille.shared;

import java.text.Normalizer;
import java.util.Locale;

/** The French elision of "de" before a name: "d'Inès", "de Léa". */
public final class FrenchElision {

    private static final String VOWELS = "aeiouy";

    private FrenchElision() {
    }

    /** "de " + name, or "d'" + name before a vowel or a mute h; "" for a blank name. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        return (elides(trimmed) ? "d'" : "de ") + trimmed;
    }

    static boolean elides(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (plain.isEmpty()) {
            return false;
        }
        char first = plain.charAt(0);
        if (first == 'h') {
            return true;
        }
        if (first == 'y') {
            // Yanis, Yohan: the y is a consonant; Yves, Ylona: a vowel
            return plain.length() > 1 && VOWELS.indexOf(plain.charAt(1)) < 0;
        }
        return "aeiou".indexOf(first) >= 0;
    }
}
