package fr.portailfamille.billing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How families can pay, as invoices and pages print it: with online payment while a provider runs, without it
 * while online payment is off (production before PayFiP is configured).
 */
@Component
class PaymentMethods {

    private final BillingProperties properties;
    private final boolean online;

    PaymentMethods(BillingProperties properties, ObjectProvider<PaymentProvider> provider) {
        this.properties = properties;
        this.online = provider.getIfAvailable() != null;
    }

    boolean online() {
        return online;
    }

    String text() {
        return online ? properties.paymentMethods() : properties.offlinePaymentMethods();
    }
}
