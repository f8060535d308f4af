package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.jobs.JobOutcome;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Service;

/**
 * The SEPA direct-debit batch (pain.008) prepared as a background job (issue 16): one statement per mandated family
 * is read, which takes a while in a large town. The batch is written in one transaction: all of it or nothing.
 */
@Service
public class DirectDebitJobs {

    public static final String KIND = "direct-debit";

    private final DirectDebits directDebits;
    private final Jobs jobs;
    private final Formats formats;

    DirectDebitJobs(DirectDebits directDebits, Jobs jobs, Formats formats) {
        this.directDebits = directDebits;
        this.jobs = jobs;
        this.formats = formats;
    }

    /**
     * Starts the preparation of the batch collected on the day; returns the job's id.
     *
     * @throws fr.portailfamille.jobs.JobAlreadyRunning while another batch is being prepared
     */
    public long start(LocalDate collectionDate, String startedBy) {
        String day = formats.day(collectionDate);
        return jobs.start(KIND, "Prélèvements SEPA du " + day, startedBy, progress -> {
            var prepared = directDebits.prepare(collectionDate, progress);
            return new JobOutcome("dd.job.done", List.of(day, String.valueOf(prepared.debits()),
                    prepared.total().format(), String.valueOf(prepared.lapsedMandates())),
                    prepared.debits() == 0 ? null : "/gestion/facturation/prelevements/" + prepared.batchId());
        });
    }
}
