package fr.portailfamille.family;

import java.time.LocalDate;

/** The household's SEPA mandate as pages show it: RUM, signature date, IBAN masked. */
public record MandateView(String reference, LocalDate signedOn, String maskedIban, LocalDate amendedOn) {
}
