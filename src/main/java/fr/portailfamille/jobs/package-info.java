/**
 * Long work in the background with progress (issue 16): a small job table rather than Spring Batch.
 *
 * <p>Why not Spring Batch: the work that runs as a job already knows how to cut itself in chunks, each in its own
 * transaction, and to be run again without doing anything twice (invoicing locks households and skips invoiced
 * days). What is missing is only a row that says "running, 1,250 of 10,000, started at ..., these families were
 * left out", one job of a kind at a time, and a page that shows it. Spring Batch would add its nine metadata
 * tables, a job repository, readers/processors/writers around code that already works, and its own restart
 * model, for none of which we have a use.
 *
 * <p>Face: {@link fr.portailfamille.jobs.Jobs} (start a job, read its state). The work is a
 * {@link fr.portailfamille.jobs.JobWork} given by the module that owns it; it reports through
 * {@link fr.portailfamille.jobs.JobProgress} from inside each chunk's transaction, so the count of what was done
 * commits (or rolls back) with the chunk itself. After a restart, a job still marked running is marked
 * interrupted with what its committed chunks did; running it again finishes the rest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Travaux")
package fr.portailfamille.jobs;
