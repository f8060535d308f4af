package fr.portailfamille.family;

/** Mode de règlement chosen by the family. */
public enum PaymentMethod {
    DIRECT_DEBIT, CHEQUE, CASH, ONLINE_CARD, TRANSFER, CESU;

    public String messageKey() {
        return "payment-method." + name();
    }
}
