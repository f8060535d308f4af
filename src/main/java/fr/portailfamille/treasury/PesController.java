package fr.portailfamille.treasury;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import fr.portailfamille.account.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PES V2 file of a month, downloaded with a plain link ({@code /gestion/facturation/pes?mois=2026-10}); without
 * a month, or with nothing to export, the page that explains it and lists the past exports.
 */
@Controller
class PesController {

    private final PesExports exports;
    private final Clock clock;

    PesController(PesExports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/gestion/facturation/pes")
    Object pes(@RequestParam(name = "mois", required = false) String mois,
               @RequestParam(name = "pj", required = false) String withPdf,
               @RequestParam(name = "reemettre", required = false) String reissue,
               @AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("mois", mois == null ? YearMonth.now(clock).minusMonths(1).toString() : mois);
        model.addAttribute("pj", withPdf != null);
        if (mois == null) {
            return page(model);
        }
        YearMonth month = month(mois);
        if (month == null) {
            model.addAttribute("moisError", "pes.error.month");
            return page(model);
        }
        var export = exports.export(month, user.login(), reissue != null, withPdf != null);
        if (export == null) {
            model.addAttribute("nothing", true);
            model.addAttribute("alreadyExported", exports.alreadyExported(month));
            model.addAttribute("month", month);
            return page(model);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.xml());
    }

    private String page(Model model) {
        model.addAttribute("exports", exports.exports());
        return "treasury/pes";
    }

    /** A month between 2000 and next year, else {@code null}. */
    private YearMonth month(String text) {
        try {
            var month = YearMonth.parse(text.strip());
            int nextYear = LocalDate.now(clock).getYear() + 1;
            return month.getYear() < 2000 || month.getYear() > nextYear ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
