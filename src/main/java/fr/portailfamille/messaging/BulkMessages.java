package fr.portailfamille.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import fr.portailfamille.jobs.JobOutcome;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message to all the families enrolled in an activity, written as a background job (issue 16): families in chunks
 * of {@value #CHUNK}, each chunk's conversations, e-mail notices (the event publication outbox) and count in one
 * transaction. An interrupted job says how many families got the message; the others got nothing.
 */
@Service
class BulkMessages {

    static final String KIND = "bulk-message";
    static final int CHUNK = 100;

    private final TownInbox inbox;
    private final Jobs jobs;
    private final TransactionTemplate tx;

    BulkMessages(TownInbox inbox, Jobs jobs, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
    }

    /** @throws fr.portailfamille.jobs.JobAlreadyRunning while another bulk message is being written */
    long start(Collection<Long> householdIds, String agentName, String subject, boolean crocVacances, String body,
               UploadedFile attachment, String startedBy) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(householdIds));
        String label = "Message « " + (subject.length() > 80 ? subject.substring(0, 80) + "…" : subject) + " »";
        return jobs.start(KIND, label, startedBy, progress -> {
            progress.total(all.size());
            int written = 0;
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Long> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
                written += tx.execute(s -> {
                    int n = inbox.write(chunk, agentName, subject, crocVacances, body, attachment);
                    progress.advance(n);
                    return n;
                });
            }
            return new JobOutcome("message.job.done", List.of(String.valueOf(written)), "/gestion/messages?traitees=true");
        });
    }
}
