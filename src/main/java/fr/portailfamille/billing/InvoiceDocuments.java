package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.Town;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PDF documents of a household: its invoices and the yearly certificate of childcare costs. */
@Service
@Transactional(readOnly = true)
public class InvoiceDocuments {

    /** The income-tax credit concerns children under 6 on 1 January of the year. */
    static final int CERTIFICATE_AGE_LIMIT = 6;

    private final Statements statements;
    private final Invoicing invoicing;
    private final InvoicingStore store;
    private final Households households;
    private final Town town;
    private final BillingProperties properties;
    private final PaymentMethods paymentMethods;
    private final PdfRenderer renderer;
    private final Clock clock;

    InvoiceDocuments(Statements statements, Invoicing invoicing, InvoicingStore store, Households households,
                     Town town, BillingProperties properties, PaymentMethods paymentMethods, PdfRenderer renderer,
                     Clock clock) {
        this.statements = statements;
        this.invoicing = invoicing;
        this.store = store;
        this.households = households;
        this.town = town;
        this.properties = properties;
        this.paymentMethods = paymentMethods;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The invoice as PDF; 404 (NotFoundException) when it is not this household's. */
    public byte[] invoicePdf(long householdId, long invoiceId) {
        var invoice = statements.statement(householdId).invoice(invoiceId)
                .orElseThrow(() -> new NotFoundException("invoice"));
        Map<String, Object> model = new HashMap<>();
        model.put("town", town.settings());
        model.put("household", households.household(householdId));
        model.put("invoice", invoice);
        model.put("lines", invoicing.lines(invoiceId));
        model.put("legalMention", properties.legalMention());
        model.put("paymentMethods", paymentMethods.text());
        return renderer.render("billing/pdf/facture", model, "facture " + invoice.number());
    }

    public String invoiceFileName(long householdId, long invoiceId) {
        return "facture-" + statements.statement(householdId).invoice(invoiceId)
                .orElseThrow(() -> new NotFoundException("invoice")).number() + ".pdf";
    }

    public record CertificateLine(String childName, LocalDate birthDate, Money amount) {
    }

    /** Children under 6 on 1 January of the year, with the childcare (meals excluded) invoiced for them. */
    public List<CertificateLine> certificateLines(long householdId, int year) {
        LocalDate january = LocalDate.of(year, 1, 1);
        List<CertificateLine> lines = new ArrayList<>();
        for (ChildView child : Tariffs.eldestFirst(households.children(householdId))) {
            // under 6 on 1 January (a child born during the year qualifies too)
            if (child.ageOn(january) >= CERTIFICATE_AGE_LIMIT) {
                continue;
            }
            long cents = store.childcareCents(child.id(), year);
            if (cents > 0) {
                lines.add(new CertificateLine(child.fullName(), child.birthDate(), Money.ofCents(cents)));
            }
        }
        return lines;
    }

    /** The yearly certificate of childcare costs; 404 when no child of the household qualifies that year. */
    public byte[] certificatePdf(long householdId, int year) {
        var lines = certificateLines(householdId, year);
        if (lines.isEmpty()) {
            throw new NotFoundException("certificate");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("town", town.settings());
        model.put("household", households.household(householdId));
        model.put("year", String.valueOf(year));
        model.put("lines", lines);
        model.put("total", lines.stream().map(CertificateLine::amount).reduce(Money.ZERO, Money::plus));
        model.put("today", LocalDate.now(clock));
        return renderer.render("billing/pdf/attestation", model, "attestation " + year);
    }
}
