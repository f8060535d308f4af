package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.jobs.JobOutcome;
import fr.portailfamille.jobs.JobProgress;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.shared.Csv;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The families export (CSV) as a background job (issue 16): households read by id in chunks of {@value #CHUNK},
 * each chunk's lines added to the job's file in the chunk's own transaction, with the count of what is done.
 */
@Service
public class FamilyExportJobs {

    public static final String KIND = "families-export";
    static final int CHUNK = 500;
    static final List<String> HEADER = List.of("id", "famille", "adresse", "code_postal", "ville", "resident",
            "responsable", "email_responsable", "telephone_responsable", "conjoint", "email_conjoint", "enfants",
            "quotient_familial");

    private final HouseholdStore store;
    private final Jobs jobs;
    private final TransactionTemplate tx;
    private final Clock clock;

    FamilyExportJobs(HouseholdStore store, Jobs jobs, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Starts the export; returns the job's id.
     *
     * @throws fr.portailfamille.jobs.JobAlreadyRunning while another families export runs
     */
    public long start(String startedBy) {
        String file = "familles-" + LocalDate.now(clock) + ".csv";
        return jobs.start(KIND, "Export des familles (CSV)", startedBy, progress -> {
            int lines = export(file, progress);
            return new JobOutcome("families-export.done", List.of(String.valueOf(lines)), null);
        });
    }

    /** Writes the export through the progress, chunk by chunk; the number of families written. */
    int export(String file, JobProgress progress) {
        progress.total((int) store.countHouseholds());
        long after = 0;
        int written = 0;
        boolean first = true;
        while (true) {
            long from = after;
            boolean header = first;
            var chunk = tx.execute(s -> {
                var rows = store.exportPage(from, CHUNK);
                if (rows.isEmpty()) {
                    return rows;
                }
                Csv csv = header ? new Csv().row(HEADER) : Csv.continuation();
                for (var r : rows) {
                    csv.row(line(r));
                }
                progress.appendFile(file, csv.toString());
                progress.advance(rows.size());
                return rows;
            });
            if (chunk == null || chunk.isEmpty()) {
                if (first) {
                    tx.executeWithoutResult(s -> progress.appendFile(file, new Csv().row(HEADER).toString()));
                }
                return written;
            }
            first = false;
            written += chunk.size();
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private static List<String> line(HouseholdStore.ExportRow r) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(r.id()));
        cells.add(r.name());
        cells.add(r.addressLine());
        cells.add(r.postalCode());
        cells.add(r.city());
        cells.add(r.resident() ? "oui" : "non");
        cells.add(r.primaryName());
        cells.add(r.primaryEmail());
        cells.add(r.primaryPhone());
        cells.add(r.secondName());
        cells.add(r.secondEmail());
        cells.add(String.valueOf(r.children()));
        cells.add(r.familyQuotient() == null ? "" : String.valueOf(r.familyQuotient()));
        return cells;
    }
}
