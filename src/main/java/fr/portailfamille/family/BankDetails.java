package fr.portailfamille.family;

/**
 * Coordonnées bancaires. Views carry the IBAN masked but for its last four characters; the full
 * IBAN never leaves the module except toward the direct-debit export.
 */
public record BankDetails(String holder, String iban, String bic) {

    public static final BankDetails NONE = new BankDetails(null, null, null);

    public boolean isEmpty() {
        return iban == null || iban.isBlank();
    }

    BankDetails masked() {
        return isEmpty() ? this : new BankDetails(holder, Iban.parse(iban).masked(), bic);
    }

    @Override
    public String toString() {
        return "BankDetails[holder=" + holder + ", iban=" + (isEmpty() ? "" : Iban.parse(iban).masked()) + "]";
    }
}
