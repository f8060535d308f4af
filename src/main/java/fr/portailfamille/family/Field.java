package fr.portailfamille.family;

import java.util.List;

/**
 * One field of a section form. {@code group} gathers fields shown in one fieldset (a pick-up person);
 * its label is {@code request-field.<name>}, the labels of choices {@code option.<name>.<value>}.
 */
public record Field(String name, FieldType type, boolean required, int maxLength, List<String> options, String group) {

    static Field of(String name, FieldType type, boolean required, int maxLength) {
        return new Field(name, type, required, maxLength, List.of(), null);
    }

    static Field text(String name, boolean required, int maxLength) {
        return of(name, FieldType.TEXT, required, maxLength);
    }

    static Field choice(String name, boolean required, List<String> options) {
        return new Field(name, FieldType.CHOICE, required, 40, options, null);
    }

    Field inGroup(String group) {
        return new Field(name, type, required, maxLength, options, group);
    }

    public String labelKey() {
        return "request-field." + name;
    }

    public String inputType() {
        return switch (type) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case DATE, PAST_DATE -> "date";
            default -> "text";
        };
    }

    public String autocomplete() {
        return switch (name) {
            case "lastName" -> "family-name";
            case "firstName" -> "given-name";
            case "email" -> "email";
            case "phoneMobile" -> "tel";
            case "addressLine" -> "street-address";
            case "postalCode" -> "postal-code";
            case "city" -> "address-level2";
            case "birthDate" -> "bday";
            default -> "off";
        };
    }

    public boolean isLongText() {
        return type == FieldType.LONG_TEXT;
    }

    public boolean isYesNo() {
        return type == FieldType.YES_NO;
    }

    public boolean isChoice() {
        return type == FieldType.CHOICE;
    }
}
