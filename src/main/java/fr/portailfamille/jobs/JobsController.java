package fr.portailfamille.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Gestion › Travaux: the jobs and the page of one, whose progress updates itself. */
@Controller
@RequestMapping("/gestion/travaux")
class JobsController {

    /** Seconds between two refreshes of a running job's page without JavaScript. */
    static final int REFRESH_SECONDS = 3;

    private final Jobs jobs;
    private final MessageSource messages;
    private final Clock clock;

    JobsController(Jobs jobs, MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", jobs.recent());
        return "jobs/travaux";
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model, Locale locale) {
        JobView job = fill(id, model, locale);
        if (job.running()) {
            model.addAttribute("autoRefresh", REFRESH_SECONDS);
        }
        return "jobs/travail";
    }

    /** The progress part of the same page, polled by htmx. */
    @GetMapping("/{id}/progression")
    String progress(@PathVariable long id, Model model, Locale locale) {
        fill(id, model, locale);
        return "jobs/travail :: progress";
    }

    /** The job's file (a CSV export...), once the job is done; 404 otherwise. */
    @GetMapping("/{id}/fichier")
    org.springframework.http.ResponseEntity<String> file(@PathVariable long id) {
        var file = jobs.file(id).orElseThrow(() -> new NotFoundException("job file"));
        var type = file.name().endsWith(".csv") ? "text/csv;charset=UTF-8"
                : file.name().endsWith(".xml") ? "application/xml" : "text/plain;charset=UTF-8";
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(type))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(file.name(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private JobView fill(long id, Model model, Locale locale) {
        JobView job = jobs.job(id).orElseThrow(() -> new NotFoundException("job"));
        Instant now = clock.instant();
        model.addAttribute("job", job);
        model.addAttribute("elapsed", JobEstimate.format(job.elapsed(now)));
        var remaining = job.remaining(now);
        model.addAttribute("remaining", remaining == null ? null : JobEstimate.format(remaining));
        Object[] counts = {job.done(), job.total()};
        model.addAttribute("interruptedHelp", messages.getMessage("jobs.interrupted.help." + job.kind(), counts,
                messages.getMessage("jobs.interrupted.help", counts, locale), locale));
        model.addAttribute("summary", job.summaryKey() == null ? null
                : messages.getMessage(job.summaryKey(), job.summaryArgs().toArray(), job.summaryKey(), locale));
        return job;
    }
}
