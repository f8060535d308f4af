package fr.portailfamille.family;

/** Read-only view of a household as validated by the Service Jeunesse (IBAN masked). */
public record HouseholdView(long id, String name, String addressLine, String postalCode, String city,
                            boolean resident, Guardian primary, Guardian second, FiscalData fiscal,
                            AllowanceData allowance, BankDetails bank, PaymentMethod paymentMethod) {

    public String fullAddress() {
        return String.join(" ", nonNull(addressLine), nonNull(postalCode), nonNull(city)).trim();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
