package fr.portailfamille.billing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import fr.portailfamille.family.DirectDebitAccount;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEPA Core direct debit: the monthly batch for families paying by prélèvement with an active mandate (the family
 * module's {@link Households#directDebitAccounts()}; one
 * transaction per unpaid invoice, FRST for a mandate never collected, else RCUR), its pain.008.001.08 file, the
 * pre-notification of each family at least 14 days ahead, the collection and the rejects.
 */
@Service
@Transactional
public class DirectDebits {

    public static final int PRE_NOTIFICATION_DAYS = 14;

    /** A prepared batch; {@code lapsedMandates} were not collected (unused for 36 months). */
    public record Prepared(long batchId, int debits, Money total, int lapsedMandates)
            implements java.io.Serializable {
    }

    public record BatchView(long id, String messageId, LocalDate collectionDate, boolean collected, int debits,
                            Money total) {
    }

    public record DebitView(long id, long householdId, String endToEndId, String rum, String sequenceType,
                            Money amount, String status, String rejectReason) {
    }

    private final DirectDebitStore store;
    private final LedgerStore ledgerStore;
    private final Ledger ledger;
    private final Statements statements;
    private final Households households;
    private final BillingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;
    private final Pain008Writer writer = new Pain008Writer();

    DirectDebits(DirectDebitStore store, LedgerStore ledgerStore, Ledger ledger, Statements statements,
                 Households households, BillingProperties properties, ApplicationEventPublisher events,
                 Clock clock, MessageSource messages) {
        this.messages = messages;
        this.store = store;
        this.ledgerStore = ledgerStore;
        this.ledger = ledger;
        this.statements = statements;
        this.households = households;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** How many households the next batch may collect: paying by direct debit with an active mandate. */
    @Transactional(readOnly = true)
    public int mandatedHouseholds() {
        return households.directDebitAccounts().size();
    }

    /**
     * Prepares the batch to be collected on {@code collectionDate}. Per mandate: FRST when never collected, or when
     * the family moved to another bank since the last collection (amendment SMNDA); FNAL when the family leaves
     * direct debit ({@link #lastCollection}); else RCUR. An IBAN change since the last collection sets the amendment
     * indicator with the original account (same bank) or SMNDA (another bank). A mandate unused for 36 months lapses
     * and is not collected: the family is asked for a new mandate.
     *
     * @throws IllegalArgumentException if the date leaves less than 14 days for the pre-notification
     */
    public Prepared prepare(LocalDate collectionDate) {
        return prepare(collectionDate, fr.portailfamille.jobs.JobProgress.NONE);
    }

    /**
     * The same, reporting to a background job: the batch is one file, prepared and written in one transaction (never
     * half a batch), so the count of mandates gone through commits with it.
     */
    public Prepared prepare(LocalDate collectionDate, fr.portailfamille.jobs.JobProgress progress) {
        LocalDate today = LocalDate.now(clock);
        if (collectionDate.isBefore(today.plusDays(PRE_NOTIFICATION_DAYS))) {
            throw new IllegalArgumentException("collection date too close for the pre-notification");
        }
        Set<String> used = store.mandatesUsed();
        Map<String, LocalDate> lastCollections = store.lastCollections();
        Map<String, Long> finals = store.finals();
        Set<Long> inDebit = store.invoicesInDebit();
        Set<Long> seenHouseholds = new HashSet<>();
        List<DirectDebit> debits = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        int lapsed = 0;
        var accounts = households.directDebitAccounts();
        progress.total(accounts.size());
        progress.advance(accounts.size());
        for (DirectDebitAccount mandate : accounts) {
            if (!seenHouseholds.add(mandate.householdId())) {
                continue;
            }
            if (finals.containsKey(mandate.rum()) && finals.get(mandate.rum()) != null) {
                continue; // its final collection is done
            }
            if (MandateLapse.lapsed(mandate.signedOn(), lastCollections.get(mandate.rum()), today)) {
                if (households.lapseMandate(mandate.householdId(), mandate.rum(), today)) {
                    events.publishEvent(new MandateLapsed(mandate.householdId(), mandate.rum()));
                }
                lapsed++;
                continue;
            }
            DirectDebit.Amendment amendment = amendment(mandate, used);
            SequenceType type = !used.contains(mandate.rum())
                    || (amendment != null && amendment.newDebtorAgent()) ? SequenceType.FRST
                    : finals.containsKey(mandate.rum()) ? SequenceType.FNAL : SequenceType.RCUR;
            List<InvoiceLine> unpaid = new ArrayList<>(statements.statement(mandate.householdId()).unpaidInvoices());
            Collections.reverse(unpaid);
            for (InvoiceLine invoice : unpaid) {
                if (!invoice.remaining().isPositive() || inDebit.contains(invoice.id())) {
                    continue;
                }
                String endToEnd = "PF-" + invoice.number() + "-" + (store.attempts(invoice.id()) + 1);
                debits.add(new DirectDebit(endToEnd, invoice.remaining().cents(), mandate.rum(), mandate.signedOn(),
                        type, mandate.debtorName(), mandate.iban(), mandate.bic(),
                        properties.creditorName() + " facture " + invoice.number(), amendment));
                planned.add(new Planned(invoice, mandate, type, endToEnd, amendment));
            }
        }
        if (debits.isEmpty()) {
            return new Prepared(0, 0, Money.ZERO, lapsed);
        }
        String messageId = "PF-DD-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        var batch = new DirectDebitBatch(messageId, clock.instant(), creditor(), collectionDate, debits);
        long batchId = store.insertBatch(messageId, clock.instant(), collectionDate, xml(batch));
        long total = 0;
        for (Planned p : planned) {
            store.insertDebit(batchId, p.invoice().id(), p.mandate().householdId(), p.mandate().rum(), p.type(),
                    p.invoice().remaining().cents(), p.endToEnd(), p.amendment() == null ? null
                            : p.amendment().newDebtorAgent() ? "SMNDA" : "ACCOUNT");
            if (p.type() == SequenceType.FNAL) {
                store.finalCollected(p.mandate().rum(), batchId);
            }
            events.publishEvent(new DirectDebitAnnounced(p.mandate().householdId(), p.invoice().number(),
                    p.invoice().remaining(), collectionDate, p.mandate().rum(), properties.creditorId(),
                    properties.creditorName()));
            total += p.invoice().remaining().cents();
        }
        return new Prepared(batchId, debits.size(), Money.ofCents(total), lapsed);
    }

    private record Planned(InvoiceLine invoice, DirectDebitAccount mandate, SequenceType type, String endToEnd,
                           DirectDebit.Amendment amendment) {
    }

    /**
     * The amendment to tell with the mandate's next collection: its IBAN changed since it was first collected, and
     * no debit (not rejected) has told that change yet. None for a mandate never collected: its first collection
     * already carries the current account.
     */
    private DirectDebit.Amendment amendment(DirectDebitAccount mandate, Set<String> used) {
        if (mandate.amendedOn() == null || mandate.previousIban() == null || !used.contains(mandate.rum())) {
            return null;
        }
        Instant amendedAt = mandate.amendedOn().atStartOfDay(clock.getZone()).toInstant();
        if (store.amendmentToldSince(mandate.rum(), amendedAt)) {
            return null;
        }
        return BankChange.sameBank(mandate.previousIban(), mandate.iban())
                ? DirectDebit.Amendment.accountChanged(mandate.previousIban())
                : DirectDebit.Amendment.newBank();
    }

    /**
     * The family leaves direct debit: its mandate's next collection is its last (FNAL), and the mandate is not
     * collected after it. Nothing when the household has no active mandate.
     *
     * @return whether a last collection is now planned
     */
    public boolean lastCollection(long householdId) {
        var mandate = households.directDebitAccounts().stream().filter(m -> m.householdId() == householdId)
                .findFirst();
        mandate.ifPresent(m -> store.insertFinal(m.rum(), householdId, LocalDate.now(clock)));
        return mandate.isPresent();
    }

    Creditor creditor() {
        return new Creditor(properties.creditorName(), properties.creditorIban(), properties.creditorBic(),
                properties.creditorId());
    }

    private String xml(DirectDebitBatch batch) {
        var out = new ByteArrayOutputStream();
        try {
            writer.write(batch, out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 could not be written", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Transactional(readOnly = true)
    public List<BatchView> batches() {
        return store.batches().stream().map(b -> new BatchView(b.id(), b.messageId(), b.collectionDate(),
                b.collected(), b.debits(), Money.ofCents(b.totalCents()))).toList();
    }

    @Transactional(readOnly = true)
    public String xml(long batchId) {
        return store.xml(batchId).orElseThrow(() -> new NotFoundException("batch"));
    }

    @Transactional(readOnly = true)
    public List<DebitView> debits(long batchId) {
        return store.debits(batchId).stream().map(d -> new DebitView(d.id(), d.householdId(), d.endToEndId(),
                d.rum(), d.sequenceType(), Money.ofCents(d.amountCents()), d.status(), d.rejectReason())).toList();
    }

    /** The bank has collected the batch: each debit becomes a payment (prélèvement) of its invoice. */
    public void markCollected(long batchId) {
        var batch = store.batches().stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new NotFoundException("batch"));
        if (!store.markBatchCollected(batchId)) {
            return;
        }
        for (var d : store.debits(batchId)) {
            if ("PENDING".equals(d.status())) {
                long paymentId = ledger.recordPayment(d.householdId(), batch.collectionDate(),
                        PaymentMode.DIRECT_DEBIT, d.amountCents(), "Prélèvement " + d.endToEndId(), d.invoiceId());
                store.collected(d.id(), paymentId);
            }
        }
    }

    /** The bank rejected or returned a debit: the invoice is unpaid again (and may go in a later batch). */
    public void reject(long debitId, String reason) {
        var debit = store.lockDebit(debitId).orElseThrow(() -> new NotFoundException("debit"));
        reject(debit, "", reason == null || reason.isBlank() ? messages.getMessage("dd.reason.unknown", null,
                Locale.FRENCH) : reason.strip());
    }

    /** Rejects a locked debit; false when it was already rejected. */
    private boolean reject(DirectDebitStore.DebitRow debit, String code, String reason) {
        if ("REJECTED".equals(debit.status())) {
            return false;
        }
        if (debit.paymentId() != null) {
            ledgerStore.lockHousehold(debit.householdId());
            ledgerStore.reversePayment(debit.paymentId(), LocalDate.now(clock));
        }
        String stored = code.isEmpty() ? reason : code + " — " + reason;
        store.rejected(debit.id(), stored.length() > 120 ? stored.substring(0, 120) : stored);
        if (!code.isEmpty()) {
            store.rejectCode(debit.id(), code);
        }
        String invoiceNumber = ledgerStore.invoice(debit.householdId(), debit.invoiceId())
                .map(LedgerStore.InvoiceRow::number).orElse("");
        events.publishEvent(new DirectDebitRejected(debit.householdId(), invoiceNumber,
                Money.ofCents(debit.amountCents()), code, reason));
        return true;
    }

    /** What an imported return file did. */
    public record ReturnsImported(int rejected, int alreadyRejected, List<String> unknownReferences,
                                  boolean alreadyImported) implements java.io.Serializable {
    }

    /**
     * Imports the bank's return file (pain.002 rejects or camt.054 returns): each debit it names is marked
     * rejected with its reason code, its invoice is unpaid again (the payment of a collected debit is reversed) and
     * the family is told. Importing the same file twice changes nothing.
     *
     * @throws IllegalArgumentException with a message key when the file cannot be read
     */
    public ReturnsImported importReturns(String fileName, byte[] content) {
        List<BankReturnFile.Return> returns = BankReturnFile.read(content);
        String name = fileName == null || fileName.isBlank() ? "retour.xml"
                : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (!store.returnFileImported(sha256(content), name.length() > 120 ? name.substring(0, 120) : name,
                clock.instant(), returns.size())) {
            return new ReturnsImported(0, 0, List.of(), true);
        }
        int rejected = 0;
        int already = 0;
        List<String> unknown = new ArrayList<>();
        for (var r : returns) {
            var debit = store.lockByEndToEnd(r.endToEndId());
            if (debit.isEmpty()) {
                unknown.add(r.endToEndId());
            } else if (reject(debit.get(), r.reasonCode(), reasonLabel(r.reasonCode()))) {
                rejected++;
            } else {
                already++;
            }
        }
        return new ReturnsImported(rejected, already, List.copyOf(unknown), false);
    }

    private String reasonLabel(String code) {
        String unknown = messages.getMessage("dd.reason.unknown", null, Locale.FRENCH);
        return code.isEmpty() ? unknown : messages.getMessage("dd.reason." + code, null, unknown, Locale.FRENCH);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
