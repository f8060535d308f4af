package fr.portailfamille.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A job as its page shows it. */
public record JobView(long id, String kind, JobState state, String label, String startedBy, int done, int total,
                      Instant startedAt, Instant finishedAt, String summaryKey, List<String> summaryArgs,
                      String resultPath, List<Error> errors, String fileName) {

    public record Error(Long householdId, String reasonKey, String detail) {
    }

    /** Whole percent done, 100 once done; 0 while the total is unknown. */
    public int percent() {
        if (state == JobState.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
    }

    public Duration elapsed(Instant now) {
        Instant end = finishedAt != null ? finishedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** Time left at the pace so far; null while nothing is done yet or once the job ended. */
    public Duration remaining(Instant now) {
        return JobEstimate.remaining(done, total, elapsed(now), state.ended());
    }

    public boolean running() {
        return state == JobState.RUNNING;
    }
}
