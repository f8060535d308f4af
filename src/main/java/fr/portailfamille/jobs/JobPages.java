package fr.portailfamille.jobs;

import java.util.function.LongSupplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a back-office form that starts a job answers: the job's page, or the page of the one of its kind running. */
public final class JobPages {

    private JobPages() {
    }

    /** Starts the job and redirects to its page with « le travail est lancé », or to the running one's page. */
    public static String start(LongSupplier start, RedirectAttributes redirect) {
        try {
            long id = start.getAsLong();
            redirect.addFlashAttribute("notice", "jobs.launched");
            return "redirect:/gestion/travaux/" + id;
        } catch (JobAlreadyRunning e) {
            redirect.addFlashAttribute("notice", "jobs.already-running");
            return "redirect:/gestion/travaux/" + e.runningJobId();
        }
    }
}
