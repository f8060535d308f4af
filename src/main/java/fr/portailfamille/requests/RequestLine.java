package fr.portailfamille.requests;

/**
 * One field of a request as the back-office shows it: the value when the family asked, the value asked,
 * and (when the record changed since) the value now.
 */
public record RequestLine(String field, String before, String asked, String now, boolean changed,
                          boolean conflict) {

    public String labelKey() {
        return "request-field." + field;
    }
}
