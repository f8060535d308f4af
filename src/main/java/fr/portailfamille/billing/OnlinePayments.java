package fr.portailfamille.billing;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online payment of an invoice or of the whole balance through the {@link PaymentProvider}. A payment is recorded
 * only on a verified confirmation, and only once: the operation row is locked while it is settled and a settled
 * operation never changes again, whatever notifications follow (repeated, late, for another amount).
 */
@Service
public class OnlinePayments {

    public enum Settlement { RECORDED, REFUSED, ABANDONED, PENDING, ALREADY_SETTLED, UNKNOWN_OPERATION, AMOUNT_MISMATCH }

    /** How long a PayFiP operation (idOp) lives: a payment not finished by then is abandoned. */
    static final java.time.Duration OPERATION_LIFETIME = java.time.Duration.ofMinutes(15);

    public record Started(String reference, Money amount) {
    }

    public record Operation(String reference, Money amount, String status, String invoiceNumber) {
    }

    private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Null while online payment is off (no provider configured). */
    private final PaymentProvider provider;
    private final OnlinePaymentStore store;
    private final Statements statements;
    private final Ledger ledger;
    private final Households households;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final fr.portailfamille.shared.Town town;

    OnlinePayments(ObjectProvider<PaymentProvider> provider, OnlinePaymentStore store, Statements statements,
                   Ledger ledger, Households households, Clock clock, PlatformTransactionManager transactions,
                   fr.portailfamille.shared.Town town) {
        this.town = town;
        this.provider = provider.getIfAvailable();
        this.store = store;
        this.statements = statements;
        this.ledger = ledger;
        this.households = households;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Whether families can pay online (a provider is configured). */
    public boolean enabled() {
        return provider != null;
    }

    /**
     * Opens an operation for what is still to pay on an invoice of the household (its period and the previous
     * balance it carries, allocated to it first then to the oldest invoices), or for the whole balance owed
     * when {@code invoiceId} is null.
     *
     * @throws NotFoundException     if the invoice is not the household's
     * @throws IllegalStateException if there is nothing to pay
     * @throws OnlinePaymentOff      if online payment is off
     */
    public Started start(long householdId, Long invoiceId, URI portalBase) {
        if (provider == null) {
            throw new OnlinePaymentOff();
        }
        var statement = statements.statement(householdId);
        Money amount;
        String label;
        if (invoiceId != null) {
            var invoice = statement.invoice(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
            amount = invoice.stillToPay();
            label = "Facture " + invoice.number();
        } else {
            amount = statement.owed();
            label = "Solde du compte famille";
        }
        if (!amount.isPositive()) {
            throw new IllegalStateException("nothing to pay");
        }
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        String reference = "PF" + HexFormat.of().formatHex(b).toUpperCase(Locale.ROOT);
        store.insert(reference, householdId, invoiceId, amount.cents(), provider.name(), clock.instant());
        var primary = households.household(householdId).primary();
        String email = primary != null && primary.email() != null && !primary.email().isBlank() ? primary.email()
                : town.settings().email();
        var checkout = provider.create(new PaymentProvider.Order(reference, amount.cents(), label, email,
                portalBase.resolve("/releve/paiement/" + reference + "/retour"),
                portalBase.resolve("/paiement/notification")));
        store.setOperation(reference, checkout.operationId(), checkout.redirect().toString());
        return new Started(reference, amount);
    }

    public Operation operation(long householdId, String reference) {
        var row = store.byReference(householdId, reference).orElseThrow(() -> new NotFoundException("operation"));
        String invoiceNumber = row.invoiceId() == null ? null
                : statements.statement(householdId).invoice(row.invoiceId()).map(InvoiceLine::number).orElse(null);
        return new Operation(row.reference(), Money.ofCents(row.amountCents()), row.status(), invoiceNumber);
    }

    /** Where to send the family to pay; 404 for another household's operation. */
    public String checkoutUrl(long householdId, String reference) {
        return store.redirectUrl(householdId, reference).orElseThrow(() -> new NotFoundException("operation"));
    }

    /** The operation the provider's page is about, checked against the household (the simulator's page). */
    Operation operationByProviderId(long householdId, String operationId) {
        var row = store.byOperation(householdId, operationId).orElseThrow(() -> new NotFoundException("operation"));
        return operation(householdId, row.reference());
    }

    /**
     * A server-to-server notification from the provider.
     *
     * @throws PaymentProvider.ForgedNotificationException if it cannot be verified (nothing changes)
     */
    public Settlement notified(Map<String, String> notification) {
        if (provider == null) {
            return Settlement.UNKNOWN_OPERATION;
        }
        return settle(provider.verify(notification));
    }

    /** The family is back from the provider's page: ask the provider, in case its notification is late. */
    public Settlement refresh(long householdId, String reference) {
        var row = store.byReference(householdId, reference).orElseThrow(() -> new NotFoundException("operation"));
        if (!"PENDING".equals(row.status()) || row.providerOperationId() == null) {
            return Settlement.ALREADY_SETTLED;
        }
        if (provider == null) {
            return Settlement.PENDING;
        }
        return settle(provider.status(row.providerOperationId()));
    }

    Settlement settle(PaymentProvider.Verified verified) {
        return tx.execute(status -> {
            var found = store.lockByOperation(verified.operationId());
            if (found.isEmpty()) {
                log.warn("Notification de paiement pour une opération inconnue : {}", verified.operationId());
                return Settlement.UNKNOWN_OPERATION;
            }
            var row = found.get();
            if (!"PENDING".equals(row.status())) {
                return Settlement.ALREADY_SETTLED;
            }
            switch (verified.outcome()) {
                case PENDING:
                    if (row.createdAt() != null && row.createdAt().toInstant().plus(OPERATION_LIFETIME)
                            .isBefore(clock.instant())) {
                        // the idOp expired and the provider never saw the payment finished
                        store.settle(row.id(), "ABANDONED", null, clock.instant());
                        return Settlement.ABANDONED;
                    }
                    return Settlement.PENDING;
                case REFUSED:
                    store.settle(row.id(), "REFUSED", null, clock.instant());
                    return Settlement.REFUSED;
                case ABANDONED:
                    store.settle(row.id(), "ABANDONED", null, clock.instant());
                    return Settlement.ABANDONED;
                default:
                    if (verified.amountCents() != row.amountCents()) {
                        log.warn("Paiement en ligne {} : montant notifié {} au lieu de {}, ignoré", row.reference(),
                                verified.amountCents(), row.amountCents());
                        return Settlement.AMOUNT_MISMATCH;
                    }
                    long paymentId = ledger.recordPayment(row.householdId(), LocalDate.now(clock), PaymentMode.CARD,
                            row.amountCents(), "Paiement en ligne " + row.reference(), row.invoiceId());
                    store.settle(row.id(), "PAID", paymentId, clock.instant());
                    return Settlement.RECORDED;
            }
        });
    }

    /**
     * Asks the provider about every operation still pending: a lost notification is recovered here (and when the
     * family comes back), an operation whose idOp expired is abandoned. Returns how many operations were settled.
     */
    public int reconcile() {
        if (provider == null) {
            return 0;
        }
        int settled = 0;
        for (String operationId : store.pendingOperationIds()) {
            try {
                var settlement = settle(provider.status(operationId));
                if (settlement != Settlement.PENDING && settlement != Settlement.ALREADY_SETTLED) {
                    settled++;
                }
            } catch (IllegalStateException e) {
                log.warn("Paiement en ligne : le prestataire n'a pas répondu sur l'opération {}", operationId);
            }
        }
        return settled;
    }

    /** Online payment is off: no provider is configured (production before PayFiP is set up). */
    public static class OnlinePaymentOff extends IllegalStateException {
        OnlinePaymentOff() {
            super("online payment is off");
        }
    }
}
