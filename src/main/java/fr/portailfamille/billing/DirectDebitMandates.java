package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the active SEPA mandates (RUM, signature date, debtor and account). The family module will implement it
 * when it creates mandates from accepted bank details (issue 3); until then {@link MandateTable} serves, filled
 * through {@link DirectDebits#registerMandate}.
 */
public interface DirectDebitMandates {

    record Mandate(long householdId, String rum, LocalDate signedOn, String debtorName, String iban, String bic) {

        @Override
        public String toString() {
            return "Mandate[" + rum + ", household " + householdId + "]";
        }
    }

    List<Mandate> activeMandates();
}
