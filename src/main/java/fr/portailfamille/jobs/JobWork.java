package fr.portailfamille.jobs;

/** The work of a job, run on a background thread. Each chunk reports through the progress in its transaction. */
@FunctionalInterface
public interface JobWork {

    JobOutcome run(JobProgress progress);
}
