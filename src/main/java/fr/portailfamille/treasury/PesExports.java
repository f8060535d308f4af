package fr.portailfamille.treasury;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import fr.portailfamille.billing.InvoiceDocuments;
import fr.portailfamille.family.DirectDebitAccount;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.shared.Money;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PES V2 file of a month's invoices: builds it, writes it, records the export (who, when, which invoices). An
 * invoice goes in one file only; the month can be re-issued explicitly, every invoice of it then going again.
 */
@Service
@Transactional
class PesExports {

    private static final Logger log = LoggerFactory.getLogger(PesExports.class);

    /** The file of an export, or {@code null} when the month has nothing (left) to export. */
    record Export(long id, String fileName, byte[] xml, int titles, Money total) {
    }

    record ExportView(long id, YearMonth month, int bordereau, java.time.Instant exportedAt, String exportedBy,
                      String fileName, boolean reissue, boolean withPdf, int titles, Money total) {
    }

    private final PesStore store;
    private final Households households;
    private final InvoiceDocuments documents;
    private final PesSettings settings;
    private final Clock clock;

    PesExports(PesStore store, Households households, InvoiceDocuments documents, PesSettings settings, Clock clock) {
        this.store = store;
        this.households = households;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many invoices of the month have already gone in a file. */
    @Transactional(readOnly = true)
    int alreadyExported(YearMonth month) {
        return store.alreadyExported(month.atDay(1), month.atEndOfMonth());
    }

    Export export(YearMonth month, String agent, boolean reissue, boolean withPdf) {
        var invoices = store.invoices(month.atDay(1), month.atEndOfMonth(), reissue);
        if (invoices.isEmpty()) {
            return null;
        }
        Map<Long, List<PesStore.LineRow>> lines = store.lines(invoices.stream().map(PesStore.InvoiceRow::id).toList())
                .stream().collect(Collectors.groupingBy(PesStore.LineRow::invoiceId, LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, DirectDebitAccount> mandates = households.directDebitAccounts().stream()
                .collect(Collectors.toMap(DirectDebitAccount::householdId, Function.identity(), (a, b) -> a));
        Set<String> used = store.mandatesUsed();
        LocalDate today = LocalDate.now(clock);
        int bordereau = store.nextBordereau(month.getYear());
        String fileName = "PES-%d-%02d-B%d.xml".formatted(month.getYear(), month.getMonthValue(), bordereau);

        List<PesFile.Title> titles = new ArrayList<>();
        List<PesFile.Attachment> attachments = new ArrayList<>();
        for (var invoice : invoices) {
            var household = households.household(invoice.householdId());
            var guardian = household.primary();
            var debtor = new PesFile.Debtor("F" + household.id(), guardian == null ? null : guardian.civility(),
                    guardian == null ? household.name() : guardian.lastName(),
                    guardian == null ? null : guardian.firstName(),
                    firstNonBlank(household.addressLine(), guardian == null ? null : guardian.addressLine()),
                    firstNonBlank(household.postalCode(), guardian == null ? null : guardian.postalCode()),
                    firstNonBlank(household.city(), guardian == null ? null : guardian.city()),
                    household.resident());
            PesFile.Sepa sepa = null;
            var mandate = mandates.get(household.id());
            if (mandate != null && household.paymentMethod() == PaymentMethod.DIRECT_DEBIT) {
                boolean first = used.add(mandate.rum());
                sepa = new PesFile.Sepa(mandate.rum(), mandate.signedOn(), first, invoice.dueDate(), mandate.iban(),
                        mandate.bic(), mandate.debtorName());
            }
            var titleLines = lines.getOrDefault(invoice.id(), List.of()).stream()
                    .map(l -> new PesFile.Line(label(l), l.amountCents())).toList();
            if (titleLines.isEmpty()) {
                titleLines = List.of(new PesFile.Line("Facture " + invoice.number(), invoice.amountCents()));
            }
            String attachmentId = null;
            if (withPdf) {
                attachmentId = "FACT" + PesText.digits(invoice.number(), 40);
                attachments.add(new PesFile.Attachment(attachmentId, "facture-" + invoice.number() + ".pdf",
                        "Facture " + invoice.number(), documents.invoicePdf(invoice.householdId(), invoice.id())));
            }
            titles.add(new PesFile.Title(invoice.id(), invoice.number(), invoice.periodStart(), invoice.periodEnd(),
                    titleLines.stream().mapToLong(PesFile.Line::amountCents).sum(), titleLines, debtor, sepa,
                    attachmentId));
        }
        var file = new PesFile(fileName, today, month, bordereau, titles, attachments);
        byte[] xml = write(file);
        long exportId = store.insertExport(month.atDay(1), month.getYear(), bordereau, clock.instant(), agent,
                fileName, reissue, withPdf, titles.size(), file.totalCents());
        for (var title : titles) {
            store.insertInvoice(exportId, title.pieceId(), title.amountCents(),
                    title.sepa() == null ? null : title.sepa().rum(),
                    title.sepa() == null ? null : title.sepa().first() ? "FRST" : "RCUR");
        }
        log.info("PES export {} for {}: bordereau {}, {} titles, {} cents, reissue {}", exportId, month, bordereau,
                titles.size(), file.totalCents(), reissue);
        return new Export(exportId, fileName, xml, titles.size(), Money.ofCents(file.totalCents()));
    }

    @Transactional(readOnly = true)
    List<ExportView> exports() {
        return store.exports().stream().map(e -> new ExportView(e.id(), YearMonth.from(e.billingMonth()),
                e.bordereauNo(), e.exportedAt().toInstant(),
                e.exportedBy(), e.fileName(), e.reissue(), e.withPdf(), e.titleCount(),
                Money.ofCents(e.totalCents()))).toList();
    }

    private byte[] write(PesFile file) {
        var out = new ByteArrayOutputStream();
        try {
            new PesWriter(settings).write(file, out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("PES file could not be written", e);
        }
        return out.toByteArray();
    }

    private static String label(PesStore.LineRow l) {
        return l.childName() + " - " + l.activityLabel() + " (" + l.quantity() + ")"
                + (l.billableAbsence() ? " absences facturees" : "");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
