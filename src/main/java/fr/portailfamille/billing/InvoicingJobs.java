package fr.portailfamille.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.jobs.JobOutcome;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Service;

/** The monthly invoicing as a background job (issue 16): the back-office and the benchmark start it here. */
@Service
public class InvoicingJobs {

    public static final String KIND = "invoicing";

    private final Invoicing invoicing;
    private final Jobs jobs;
    private final Formats formats;

    InvoicingJobs(Invoicing invoicing, Jobs jobs, Formats formats) {
        this.invoicing = invoicing;
        this.jobs = jobs;
        this.formats = formats;
    }

    /**
     * Starts the run of the month; returns the job's id.
     *
     * @throws fr.portailfamille.jobs.JobAlreadyRunning while another invoicing runs
     */
    public long start(YearMonth month, LocalDate issueDate, String startedBy) {
        String monthText = formats.month(month.atDay(1));
        return jobs.start(KIND, "Facturation de " + monthText, startedBy, progress -> {
            InvoicingResult r = invoicing.run(month, issueDate, progress);
            return new JobOutcome("invoicing.done", List.of(monthText, String.valueOf(r.invoices()),
                    String.valueOf(r.days()), r.total().format()),
                    "/gestion/facturation/export/factures.csv?du=" + issueDate + "&au=" + issueDate);
        });
    }
}
