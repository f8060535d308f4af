package fr.portailfamille.billing;

import java.net.URI;
import java.util.Map;

/**
 * Port to a hosted-payment provider (PayFiP): open an operation, send the family to the provider's page,
 * verify the provider's server-to-server notification, query an operation's status. Amounts in cents.
 */
public interface PaymentProvider {

    String name();

    /**
     * @param reference   our reference of the operation (also the provider's "refdet")
     * @param amountCents amount to pay, in cents
     * @param label       what is paid, shown on the provider's page
     * @param email       the payer's e-mail, or null
     * @param returnUrl   where the provider sends the family back
     * @param notifyUrl   where the provider notifies the result, server to server
     */
    record Order(String reference, long amountCents, String label, String email, URI returnUrl, URI notifyUrl) {
    }

    record Checkout(String operationId, URI redirect) {
    }

    enum Outcome { APPROVED, REFUSED, ABANDONED, PENDING }

    /** A result the provider vouches for (signature checked, or answered by the provider itself). */
    record Verified(String operationId, Outcome outcome, long amountCents) {
    }

    /** Thrown when a notification is not authentic (bad or missing signature, malformed fields). */
    class ForgedNotificationException extends RuntimeException {
        public ForgedNotificationException(String message) {
            super(message);
        }
    }

    Checkout create(Order order);

    /** @throws ForgedNotificationException if the notification cannot be verified */
    Verified verify(Map<String, String> notification);

    Verified status(String operationId);
}
