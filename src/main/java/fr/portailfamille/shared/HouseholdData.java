package fr.portailfamille.shared;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a module holds about a household, for the family's data download and for anonymisation (CNIL retention,
 * issue 14). Each module that stores a household's personal data registers one bean: it reads and anonymises its
 * own tables only, so the retention module never reaches into another module's tables.
 */
public interface HouseholdData {

    /** The part's name: the JSON file's name in the download ({@code famille}, {@code agenda}…). */
    String part();

    /**
     * Writes the household's rows, section by section (all rows of a section one after the other), streamed from the
     * database. Never a password hash or a token; binary columns are left out (their files go through
     * {@link #files}).
     */
    default void rows(long householdId, Rows sink) {
    }

    /** Writes the household's stored files (documents, photos, attachments), one at a time. */
    default void files(long householdId, Files sink) {
    }

    /** The household's latest activity this part knows (a reservation day, a message, an invoice…). */
    default Optional<LocalDate> lastActivity(long householdId) {
        return Optional.empty();
    }

    /**
     * Anonymises the household's data in this part, inside the caller's transaction: identifying text replaced or
     * cleared, files and free text deleted; what accounting must keep (amounts, numbers, dates) stays.
     *
     * @return how many rows were changed or deleted (for the retention log, counts only)
     */
    int anonymise(long householdId);

    /** Receives rows. */
    interface Rows {
        void row(String section, Map<String, Object> row);
    }

    /** Receives files. */
    interface Files {
        void file(String name, String contentType, byte[] content);
    }
}
