package fr.portailfamille.billing;

import java.time.LocalDate;

/** What the price of a household depends on: its QF, the date of that QF and whether it lives in the town. */
record TariffTerms(Integer quotient, LocalDate quotientSince, boolean resident) {
}
