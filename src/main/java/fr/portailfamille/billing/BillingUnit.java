package fr.portailfamille.billing;

/** What is priced and invoiced: a day, a half-day, a meal, a morning or an evening of before/after-school care. */
public enum BillingUnit {
    DAY, HALF_DAY, MEAL, MORNING_CARE, EVENING_CARE;

    public String messageKey() {
        return "billing-unit." + name();
    }
}
