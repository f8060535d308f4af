package fr.portailfamille.billing;

/** How a payment was received. */
public enum PaymentMode {
    CHEQUE, CASH, TRANSFER, CESU, CARD, DIRECT_DEBIT;

    public String messageKey() {
        return "payment-mode." + name();
    }
}
