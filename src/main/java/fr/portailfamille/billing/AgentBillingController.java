package fr.portailfamille.billing;

import fr.portailfamille.shared.MoneyInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import fr.portailfamille.family.Households;
import fr.portailfamille.shared.PlausibleDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › a family: record a payment (règlement), issue a credit note (avoir), download an invoice. */
@Controller
@RequestMapping("/gestion/familles/{householdId}")
class AgentBillingController {

    private final Ledger ledger;
    private final Statements statements;
    private final Households households;
    private final InvoiceDocuments documents;
    private final Clock clock;

    AgentBillingController(Ledger ledger, Statements statements, Households households, InvoiceDocuments documents,
                           Clock clock) {
        this.ledger = ledger;
        this.statements = statements;
        this.households = households;
        this.documents = documents;
        this.clock = clock;
    }

    static final class PaymentForm {
        private String receivedOn;
        private String mode;
        private String amount;
        private String reference;
        private Long invoiceId;

        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String v) { receivedOn = v; }
        public String getMode() { return mode; }
        public void setMode(String v) { mode = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public Long getInvoiceId() { return invoiceId; }
        public void setInvoiceId(Long v) { invoiceId = v; }
    }

    static final class CreditNoteForm {
        private Long invoiceId;
        private String amount;
        private String reason;

        public Long getInvoiceId() { return invoiceId; }
        public void setInvoiceId(Long v) { invoiceId = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    private void common(long householdId, Model model) {
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("statement", statements.statement(householdId));
        model.addAttribute("modes", PaymentMode.values());
    }

    @GetMapping("/reglement")
    String paymentForm(@PathVariable long householdId, Model model) {
        common(householdId, model);
        if (!model.containsAttribute("paymentForm")) {
            var form = new PaymentForm();
            form.setReceivedOn(LocalDate.now(clock).toString());
            model.addAttribute("paymentForm", form);
        }
        return "billing/reglement";
    }

    @PostMapping("/reglement")
    String recordPayment(@PathVariable long householdId, @ModelAttribute("paymentForm") PaymentForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate on = day(errors, "receivedOn", form.getReceivedOn(), LocalDate.now(clock));
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            errors.rejectValue("receivedOn", "payment.error.future");
        }
        if (Arrays.stream(PaymentMode.values()).noneMatch(m -> m.name().equals(form.getMode()))) {
            errors.rejectValue("mode", "tariff.error.choose");
        }
        Long cents = positiveCents(errors, "amount", form.getAmount());
        String reference = form.getReference() == null ? null : form.getReference().strip();
        if (reference != null && reference.length() > 60) {
            errors.rejectValue("reference", "tariff.error.text", new Object[] {60}, null);
        }
        var statement = statements.statement(householdId);
        if (form.getInvoiceId() != null && statement.unpaidInvoices().stream()
                .noneMatch(i -> i.id() == form.getInvoiceId())) {
            errors.rejectValue("invoiceId", "tariff.error.choose");
        }
        if (errors.hasErrors()) {
            return paymentForm(householdId, model);
        }
        ledger.recordPayment(householdId, on, PaymentMode.valueOf(form.getMode()), cents,
                reference == null || reference.isEmpty() ? null : reference, form.getInvoiceId());
        redirect.addFlashAttribute("notice", "payment.recorded");
        return "redirect:/gestion/familles/" + householdId;
    }

    @GetMapping("/avoir")
    String creditNoteForm(@PathVariable long householdId, Model model) {
        common(householdId, model);
        if (!model.containsAttribute("creditNoteForm")) {
            model.addAttribute("creditNoteForm", new CreditNoteForm());
        }
        return "billing/avoir";
    }

    @PostMapping("/avoir")
    String issueCreditNote(@PathVariable long householdId, @ModelAttribute("creditNoteForm") CreditNoteForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        var statement = statements.statement(householdId);
        var invoice = form.getInvoiceId() == null ? null : statement.invoice(form.getInvoiceId()).orElse(null);
        if (invoice == null) {
            errors.rejectValue("invoiceId", "tariff.error.choose");
        }
        Long cents = positiveCents(errors, "amount", form.getAmount());
        if (invoice != null && cents != null && cents > invoice.amount().cents() - invoice.credited().cents()) {
            errors.rejectValue("amount", "credit-note.error.too-much",
                    new Object[] {invoice.amount().minus(invoice.credited()).format()}, null);
        }
        TariffForms.text(errors, "reason", form.getReason(), 200);
        if (errors.hasErrors()) {
            return creditNoteForm(householdId, model);
        }
        ledger.issueCreditNote(householdId, invoice.id(), LocalDate.now(clock), cents, form.getReason().strip());
        redirect.addFlashAttribute("notice", "credit-note.issued");
        return "redirect:/gestion/familles/" + householdId;
    }

    @GetMapping("/factures/{invoiceId}/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable long householdId, @PathVariable long invoiceId) {
        return StatementController.pdf(documents.invoicePdf(householdId, invoiceId),
                documents.invoiceFileName(householdId, invoiceId));
    }

    static LocalDate day(Errors errors, String field, String text, LocalDate today) {
        var day = PlausibleDate.parse(text, today);
        if (day.isEmpty()) {
            errors.rejectValue(field, PlausibleDate.MESSAGE_KEY);
        }
        return day.orElse(null);
    }

    static Long positiveCents(Errors errors, String field, String text) {
        var cents = MoneyInput.parseCents(text);
        if (cents.isEmpty() || cents.getAsLong() == 0) {
            errors.rejectValue(field, "money.error.amount");
            return null;
        }
        return cents.getAsLong();
    }
}
