package fr.portailfamille.billing;

import java.util.Objects;

/**
 * The collecting creditor (the town's youth service).
 *
 * @param name        creditor name as shown to the debtors
 * @param iban        creditor account IBAN (spaces allowed, removed when written)
 * @param bic         creditor bank BIC (BICFI)
 * @param creditorId  SEPA creditor identifier (ICS), e.g. {@code FR12ZZZ123456}
 */
record Creditor(String name, String iban, String bic, String creditorId) {

    Creditor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(creditorId, "creditorId");
    }
}
