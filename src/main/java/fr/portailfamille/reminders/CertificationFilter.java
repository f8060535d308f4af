package fr.portailfamille.reminders;

import java.util.List;
import java.util.Locale;

/** The agents' filter of the certification list: state (not confirmed by default) and a piece of the name. */
public enum CertificationFilter {
    PENDING, CONFIRMED, ALL;

    static CertificationFilter parse(String text) {
        if (text == null) {
            return PENDING;
        }
        return switch (text) {
            case "confirmees" -> CONFIRMED;
            case "toutes" -> ALL;
            default -> PENDING;
        };
    }

    public String param() {
        return switch (this) {
            case PENDING -> "a-confirmer";
            case CONFIRMED -> "confirmees";
            case ALL -> "toutes";
        };
    }

    public String messageKey() {
        return "certification.filter." + name().toLowerCase(Locale.ROOT);
    }

    List<CertificationView> apply(List<CertificationView> rows, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.FRENCH);
        return rows.stream()
                .filter(r -> switch (this) {
                    case PENDING -> !r.confirmed();
                    case CONFIRMED -> r.confirmed();
                    case ALL -> true;
                })
                .filter(r -> needle.isEmpty() || contains(r.name(), needle) || contains(r.primaryGuardian(), needle))
                .toList();
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.FRENCH).contains(needle);
    }
}
