package fr.portailfamille.billing;

/**
 * A SEPA mandate unused for 36 months has lapsed: the family is told that its next direct debit needs new bank
 * details (a new mandate). Carries no IBAN.
 */
public record MandateLapsed(long householdId, String mandateReference) {
}
