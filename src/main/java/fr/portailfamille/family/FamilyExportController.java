package fr.portailfamille.family;

import java.security.Principal;

import fr.portailfamille.jobs.JobAlreadyRunning;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Familles › Exporter (CSV): a background job, whose page offers the file once done. */
@Controller
class FamilyExportController {

    private final FamilyExportJobs exports;

    FamilyExportController(FamilyExportJobs exports) {
        this.exports = exports;
    }

    @PostMapping("/gestion/familles/export")
    String export(Principal agent, RedirectAttributes redirect) {
        try {
            long job = exports.start(agent.getName());
            redirect.addFlashAttribute("notice", "jobs.started");
            return "redirect:/gestion/travaux/" + job;
        } catch (JobAlreadyRunning e) {
            redirect.addFlashAttribute("notice", "jobs.already-running");
            return "redirect:/gestion/travaux/" + e.runningJobId();
        }
    }
}
