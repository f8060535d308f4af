package fr.portailfamille.billing;

import fr.portailfamille.shared.Money;

/** The price of one unit of an activity in one bracket, for residents and non-residents of the town. */
public record TariffPrice(String activityCode, BillingUnit unit, long bracketId, Money resident, Money nonResident) {
}
