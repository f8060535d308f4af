package fr.portailfamille.family;

import java.security.Principal;

import fr.portailfamille.jobs.JobPages;

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
        return JobPages.start(() -> exports.start(agent.getName()), redirect);
    }
}
