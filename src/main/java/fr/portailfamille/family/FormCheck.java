package fr.portailfamille.family;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the family forms' validation says of typed values, for other modules' forms (the self-service account
 * request, the CSV import): the canonical value of each field ("" when empty or invalid) and a message per invalid
 * field, exactly as a section form of the family record would show it.
 */
public record FormCheck(LinkedHashMap<String, String> values, Map<String, FieldError> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
