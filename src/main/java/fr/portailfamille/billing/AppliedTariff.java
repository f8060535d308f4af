package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/**
 * "Tarifs appliqués": for a child, an activity and a unit, the bracket, the unit price and why
 * (the QF and its date, the residency, a reduction from the second child).
 */
public record AppliedTariff(long childId, String childName, String activityCode, String activityLabel,
                            BillingUnit unit, String bracketLabel, Money unitPrice, QuotientBasis basis,
                            Integer quotient, LocalDate quotientSince, boolean resident, int reductionPercent) {
}
