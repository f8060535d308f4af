package fr.portailfamille.family;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A canonical value as pages show it: choice labels, Oui/Non, French dates and amounts, IBAN masked. */
final class FieldDisplay {

    private FieldDisplay() {
    }

    static String of(Section section, String fieldName, String value, MessageSource messages, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var field = section.fieldOrRetired(fieldName).orElse(null);
        if (field == null) {
            return value;
        }
        return switch (field.type()) {
            case CHOICE -> messages.getMessage("option." + field.name() + "." + value, null, value, locale);
            case YES_NO -> messages.getMessage("true".equals(value) ? "yes" : "no", null, locale);
            default -> field.type().display(value);
        };
    }
}
