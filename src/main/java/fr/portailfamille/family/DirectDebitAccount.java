package fr.portailfamille.family;

import java.time.LocalDate;

/**
 * A household to be collected by SEPA direct debit: its payment method is prélèvement and it has an active
 * mandate. Carries the full IBAN, for the pain.008 file only: {@link #toString()} never shows it, and it must not
 * be logged or displayed.
 *
 * @param householdId the debtor household
 * @param rum         unique mandate reference (RUM)
 * @param signedOn    the mandate's signature date
 * @param debtorName  account holder
 * @param iban        full IBAN, compact form
 * @param bic         the debtor bank's BIC, or {@code null} when not given
 * @param amendedOn    the day the IBAN of this mandate last changed, or {@code null}
 * @param previousIban the IBAN before that change (for the amendment details of the next debit), or {@code null}
 */
public record DirectDebitAccount(long householdId, String rum, LocalDate signedOn, String debtorName, String iban,
                                 String bic, LocalDate amendedOn, String previousIban) {

    public DirectDebitAccount(long householdId, String rum, LocalDate signedOn, String debtorName, String iban,
                              String bic) {
        this(householdId, rum, signedOn, debtorName, iban, bic, null, null);
    }

    @Override
    public String toString() {
        return "DirectDebitAccount[" + rum + ", household " + householdId + "]";
    }
}
