package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Facturation: the monthly run, exports and direct-debit batches. */
@Controller
@RequestMapping("/gestion/facturation")
class InvoicingController {

    private final Invoicing invoicing;
    private final Clock clock;

    InvoicingController(Invoicing invoicing, Clock clock) {
        this.invoicing = invoicing;
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
        return "billing/facturation";
    }

    @PostMapping("/lancer")
    String run(@ModelAttribute("runForm") RunForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        YearMonth month = null;
        LocalDate issue = null;
        try {
            month = YearMonth.parse(form.getMonth() == null ? "" : form.getMonth().strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue("month", "invoicing.error.month");
        }
        try {
            issue = LocalDate.parse(form.getIssueDate() == null ? "" : form.getIssueDate().strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue("issueDate", "invoicing.error.date");
        }
        if (month != null && issue != null && !issue.isAfter(month.atEndOfMonth())) {
            errors.rejectValue("issueDate", "invoicing.error.issue-before-end");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        redirect.addFlashAttribute("result", invoicing.run(month, issue));
        return "redirect:/gestion/facturation";
    }
}
