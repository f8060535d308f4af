package fr.portailfamille.requests;

import java.util.Map;

/**
 * Implemented by the module that owns the data a kind of request changes. The requests module calls it
 * inside the decision's transaction: an exception there rolls the decision back.
 */
public interface RequestHandler {

    /** The kinds this handler applies, e.g. "family.guardian". */
    java.util.Set<String> kinds();

    /** Applies an accepted request exactly as asked. */
    void apply(RequestView request);

    /** The record's values now, for the same fields as the request (to detect a conflict). */
    default Map<String, String> currentValues(RequestView request) {
        return request.current();
    }

    /** Called when a request is refused or withdrawn (e.g. to free a place it held). */
    default void released(RequestView request) {
    }

    /**
     * The value as pages show it (labels of codes, French dates, masked IBAN). Never log what this returns.
     */
    default String displayValue(String kind, String field, String value, java.util.Locale locale) {
        return value == null ? "" : value;
    }

    /** Whether agents may accept many at once without opening each. */
    default boolean bulkAcceptable(String kind) {
        return false;
    }

}
