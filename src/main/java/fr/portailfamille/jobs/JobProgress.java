package fr.portailfamille.jobs;

/**
 * What a running job reports. Call {@link #advance} and {@link #error} inside the chunk's transaction: they write
 * through the same connection, so they commit or roll back with the chunk.
 */
public interface JobProgress {

    /** How many items the job will go through (families, lines...). */
    void total(int total);

    /** Items done since the last call. */
    void advance(int items);

    /** An item the job left out, with a message key of the owning module and its argument. */
    void error(Long householdId, String reasonKey, String detail);

    /**
     * Adds text to the job's file (a CSV export...), downloaded at {@code /gestion/travaux/{id}/fichier} under
     * {@code fileName} once the job is done. Call it inside the chunk's transaction, like {@link #advance}.
     */
    default void appendFile(String fileName, String text) {
    }

    /** A progress that writes nothing, for callers outside a job (tests, scripts). */
    JobProgress NONE = new JobProgress() {
        @Override
        public void total(int total) {
        }

        @Override
        public void advance(int items) {
        }

        @Override
        public void error(Long householdId, String reasonKey, String detail) {
        }
    };
}
