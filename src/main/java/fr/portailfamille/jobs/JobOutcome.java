package fr.portailfamille.jobs;

import java.util.List;

/**
 * The end of a job: a summary (message key of the owning module and its arguments) and the path of a file to
 * download or page to open (or null).
 */
public record JobOutcome(String summaryKey, List<String> summaryArgs, String resultPath) {

    public JobOutcome {
        summaryArgs = List.copyOf(summaryArgs);
    }
}
