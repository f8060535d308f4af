package fr.portailfamille.jobs;

import java.time.Duration;

/** Time left of a job at the pace of what it did so far. */
final class JobEstimate {

    private JobEstimate() {
    }

    static Duration remaining(int done, int total, Duration elapsed, boolean ended) {
        if (ended || done <= 0 || total <= done || elapsed.isZero()) {
            return ended || (total > 0 && done >= total) ? Duration.ZERO : null;
        }
        return Duration.ofMillis(elapsed.toMillis() * (total - done) / done);
    }

    /** « 1 min 05 s », « 12 s ». */
    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return "%d h %02d min".formatted(s / 3600, (s % 3600) / 60);
        }
        return s >= 60 ? "%d min %02d s".formatted(s / 60, s % 60) : s + " s";
    }
}
