package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
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
    private final LedgerStore ledgerStore;
    private final Households households;
    private final Town town;
    private final BillingProperties properties;
    private final PaymentMethods paymentMethods;
    private final PdfRenderer renderer;
    private final Clock clock;

    InvoiceDocuments(Statements statements, Invoicing invoicing, InvoicingStore store, LedgerStore ledgerStore,
                     Households households, Town town, BillingProperties properties, PaymentMethods paymentMethods,
                     PdfRenderer renderer, Clock clock) {
        this.ledgerStore = ledgerStore;
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

    /**
     * Children under 6 on 1 January of the year, with what was PAID during that calendar year for their childcare
     * (payments by payment date, shared between the children's childcare lines, credit notes deducted, meals billed
     * apart excluded): see {@link ChildcarePaidInYear}.
     */
    public List<CertificateLine> certificateLines(long householdId, int year) {
        Map<Long, Map<Long, Long>> childcare = new HashMap<>();
        for (var row : store.childcareByInvoiceAndChild(householdId)) {
            childcare.computeIfAbsent(row.invoiceId(), k -> new HashMap<>()).put(row.childId(), row.cents());
        }
        var invoices = ledgerStore.invoices(householdId).stream()
                .map(i -> new ChildcarePaidInYear.Invoice(i.id(), i.amountCents(), childcare.getOrDefault(i.id(), Map.of())))
                .toList();
        var allocations = ledgerStore.datedAllocations(householdId).stream()
                .map(a -> new ChildcarePaidInYear.Allocation(a.invoiceId(), a.receivedOn(), a.amountCents())).toList();
        var credits = ledgerStore.creditNotes(householdId).stream()
                .map(c -> new ChildcarePaidInYear.Credit(c.invoiceId(), c.issueDate(), c.amountCents())).toList();
        Map<Long, Long> paid = ChildcarePaidInYear.byChild(year, invoices, allocations, credits);
        LocalDate january = LocalDate.of(year, 1, 1);
        List<CertificateLine> lines = new ArrayList<>();
        for (ChildView child : Tariffs.eldestFirst(households.children(householdId))) {
            // under 6 on 1 January (a child born during the year qualifies too; one who turns 6 during it as well)
            if (child.ageOn(january) >= CERTIFICATE_AGE_LIMIT) {
                continue;
            }
            long cents = paid.getOrDefault(child.id(), 0L);
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
        // a year is written as a year ("2026"), never through a number format ("2 026")
        model.put("year", Year.of(year));
        model.put("periodStart", LocalDate.of(year, 1, 1));
        model.put("periodEnd", LocalDate.of(year, 12, 31));
        model.put("provider", provider());
        model.put("lines", lines);
        model.put("total", lines.stream().map(CertificateLine::amount).reduce(Money.ZERO, Money::plus));
        model.put("today", LocalDate.now(clock));
        return renderer.render("billing/pdf/attestation", model, "attestation " + year);
    }

    /** Who provides the childcare, as the tax office wants it: the settings, or the town's own identity. */
    public record Provider(String name, String address, String siret) {
    }

    Provider provider() {
        var p = properties.provider();
        var t = town.settings();
        String name = p.name().isBlank() ? t.name() + " — " + t.serviceName() : p.name();
        String address = p.address().isBlank()
                ? String.join(" ", t.addressLine(), ",", t.postalCode(), t.city()).replace(" ,", ",").strip()
                : p.address();
        return new Provider(name, address, p.siret().replace(" ", ""));
    }
}
