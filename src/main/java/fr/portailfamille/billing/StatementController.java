package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.account.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StatementController {

    private final Statements statements;
    private final InvoiceDocuments documents;
    private final PaymentMethods paymentMethods;
    private final Clock clock;

    StatementController(Statements statements, InvoiceDocuments documents, PaymentMethods paymentMethods,
                        Clock clock) {
        this.statements = statements;
        this.documents = documents;
        this.paymentMethods = paymentMethods;
        this.clock = clock;
    }

    @GetMapping("/releve")
    String statement(@AuthenticationPrincipal PortalUser user, Model model) {
        long householdId = user.householdId();
        model.addAttribute("statement", statements.statement(householdId));
        model.addAttribute("onlinePayment", paymentMethods.online());
        model.addAttribute("paymentMethods", paymentMethods.text());
        int thisYear = LocalDate.now(clock).getYear();
        // years as java.time.Year: a message argument that is an Integer is formatted as a number ("2 026")
        List<Year> years = new ArrayList<>();
        for (int year = thisYear; year >= thisYear - 1; year--) {
            if (!documents.certificateLines(householdId, year).isEmpty()) {
                years.add(Year.of(year));
            }
        }
        model.addAttribute("certificateYears", years);
        return "billing/releve";
    }

    /** A family downloads only its own invoices: another family's invoice id answers 404. */
    @GetMapping("/releve/factures/{invoiceId}/pdf")
    ResponseEntity<byte[]> invoicePdf(@AuthenticationPrincipal PortalUser user, @PathVariable long invoiceId) {
        byte[] pdf = documents.invoicePdf(user.householdId(), invoiceId);
        return pdf(pdf, documents.invoiceFileName(user.householdId(), invoiceId));
    }

    @GetMapping("/releve/attestations/{year}/pdf")
    ResponseEntity<byte[]> certificatePdf(@AuthenticationPrincipal PortalUser user, @PathVariable int year) {
        return pdf(documents.certificatePdf(user.householdId(), year), "attestation-frais-de-garde-" + year + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
