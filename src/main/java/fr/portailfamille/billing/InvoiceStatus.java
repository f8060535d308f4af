package fr.portailfamille.billing;

public enum InvoiceStatus {
    PAID, PARTIALLY_PAID, UNPAID, OVERDUE;

    public String messageKey() {
        return "invoice-status." + name();
    }

    public boolean settled() {
        return this == PAID;
    }
}
