package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import fr.portailfamille.shared.PlausibleDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Facturation: the monthly run, exports and direct-debit batches. */
@Controller
@RequestMapping("/gestion/facturation")
class InvoicingController {

    private final InvoicingJobs invoicing;
    private final DirectDebitJobs directDebitJobs;
    private final DirectDebits directDebits;
    private final AccountingExports exports;
    private final Clock clock;

    InvoicingController(InvoicingJobs invoicing, DirectDebitJobs directDebitJobs, DirectDebits directDebits,
                        AccountingExports exports, Clock clock) {
        this.invoicing = invoicing;
        this.directDebitJobs = directDebitJobs;
        this.directDebits = directDebits;
        this.exports = exports;
        this.clock = clock;
    }

    static final class RunForm {
        private String month;
        private String issueDate;

        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getIssueDate() { return issueDate; }
        public void setIssueDate(String v) { issueDate = v; }
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("runForm")) {
            LocalDate today = LocalDate.now(clock);
            var form = new RunForm();
            form.setMonth(YearMonth.from(today).minusMonths(1).toString());
            form.setIssueDate(today.toString());
            model.addAttribute("runForm", form);
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("exportFrom", YearMonth.from(today).minusMonths(1).atDay(1));
        model.addAttribute("exportTo", today);
        model.addAttribute("earliestCollection", today.plusDays(DirectDebits.PRE_NOTIFICATION_DAYS));
        model.addAttribute("batches", directDebits.batches());
        model.addAttribute("mandatedHouseholds", directDebits.mandatedHouseholds());
        return "billing/facturation";
    }

    @PostMapping("/lancer")
    String run(@ModelAttribute("runForm") RunForm form, BindingResult errors, Model model,
               RedirectAttributes redirect, java.security.Principal agent) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = PlausibleDate.parseMonth(form.getMonth(), today).orElse(null);
        if (month == null) {
            errors.rejectValue("month", "invoicing.error.month");
        }
        LocalDate issue = PlausibleDate.parse(form.getIssueDate(), today).orElse(null);
        if (issue == null) {
            errors.rejectValue("issueDate", PlausibleDate.MESSAGE_KEY);
        }
        if (month != null && issue != null && !issue.isAfter(month.atEndOfMonth())) {
            errors.rejectValue("issueDate", "invoicing.error.issue-before-end");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        return fr.portailfamille.jobs.JobPages.start(() -> invoicing.start(month, issue, agent.getName()), redirect);
    }

    @GetMapping(value = "/export/factures.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> invoicesCsv(@RequestParam("du") String from, @RequestParam("au") String to) {
        return csv(exports.invoices(date(from), date(to)), "factures-" + from + "-" + to + ".csv");
    }

    @GetMapping(value = "/export/reglements.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> paymentsCsv(@RequestParam("du") String from, @RequestParam("au") String to) {
        return csv(exports.payments(date(from), date(to)), "reglements-" + from + "-" + to + ".csv");
    }

    private LocalDate date(String text) {
        return PlausibleDate.parse(text, LocalDate.now(clock))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "date"));
    }

    private static ResponseEntity<String> csv(String body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }

    @PostMapping("/prelevements")
    String prepareBatch(@RequestParam("collectionDate") String collectionDate, RedirectAttributes redirect,
                        java.security.Principal agent) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = PlausibleDate.parse(collectionDate, today).orElse(null);
        if (date == null) {
            redirect.addFlashAttribute("ddError", PlausibleDate.MESSAGE_KEY);
            return "redirect:/gestion/facturation#prelevements";
        }
        if (date.isBefore(today.plusDays(DirectDebits.PRE_NOTIFICATION_DAYS))) {
            redirect.addFlashAttribute("ddError", "dd.error.too-soon");
            return "redirect:/gestion/facturation#prelevements";
        }
        // a background job (issue 16): its page shows the progress, then the batch to download
        return fr.portailfamille.jobs.JobPages.start(() -> directDebitJobs.start(date, agent.getName()), redirect);
    }

    /** The bank's return file (pain.002 rejects or camt.054 returns). */
    @PostMapping("/prelevements/retours")
    String importReturns(@RequestParam(name = "file", required = false) MultipartFile file,
                         RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new BankReturnFile.UnreadableException("dd.returns.error.empty");
            }
            if (file.getSize() > BankReturnFile.MAX_BYTES) {
                throw new BankReturnFile.UnreadableException("dd.returns.error.size");
            }
            var imported = directDebits.importReturns(file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("ddReturns", imported);
        } catch (BankReturnFile.UnreadableException e) {
            redirect.addFlashAttribute("ddReturnsError", e.getMessage());
        } catch (java.io.IOException e) {
            redirect.addFlashAttribute("ddReturnsError", "dd.returns.error.xml");
        }
        return "redirect:/gestion/facturation#retours";
    }

    /** A family leaves direct debit: its next collection is the last (FNAL). */
    @PostMapping("/prelevements/dernier")
    String lastCollection(@RequestParam(name = "household", required = false) String household,
                          RedirectAttributes redirect) {
        String h = household == null ? "" : household.strip();
        if (!h.matches("\\d{1,12}")) {
            redirect.addFlashAttribute("ddFinalError", "dd.final.error");
            redirect.addFlashAttribute("ddFinalValue", h.length() > 20 ? h.substring(0, 20) : h);
        } else {
            redirect.addFlashAttribute("ddFinal",
                    directDebits.lastCollection(Long.parseLong(h)) ? "dd.final.done" : "dd.final.none");
        }
        return "redirect:/gestion/facturation#dernier-prelevement";
    }

    @GetMapping(value = "/prelevements/{batchId}/pain008.xml", produces = "application/xml")
    ResponseEntity<String> batchXml(@PathVariable long batchId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("prelevements-" + batchId + ".xml").build().toString())
                .body(directDebits.xml(batchId));
    }

    @GetMapping("/prelevements/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        model.addAttribute("batch", directDebits.batches().stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new fr.portailfamille.shared.NotFoundException("batch")));
        model.addAttribute("debits", directDebits.debits(batchId));
        return "billing/prelevements";
    }

    @PostMapping("/prelevements/{batchId}/encaisse")
    String collected(@PathVariable long batchId, RedirectAttributes redirect) {
        directDebits.markCollected(batchId);
        redirect.addFlashAttribute("notice", "dd.collected");
        return "redirect:/gestion/facturation/prelevements/" + batchId;
    }

    @PostMapping("/prelevements/{batchId}/rejets/{debitId}")
    String reject(@PathVariable long batchId, @PathVariable long debitId, @RequestParam String reason,
                  RedirectAttributes redirect) {
        if (directDebits.debits(batchId).stream().noneMatch(d -> d.id() == debitId)) {
            throw new fr.portailfamille.shared.NotFoundException("debit");
        }
        // without a reason typed, the family reads "Motif non précisé par la banque"
        String r = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
        directDebits.reject(debitId, r.length() > 100 ? r.substring(0, 100) : r);
        redirect.addFlashAttribute("notice", "dd.rejected");
        return "redirect:/gestion/facturation/prelevements/" + batchId;
    }
}
