package fr.portailfamille.activities;

import java.util.List;

import fr.portailfamille.billing.ActivityCatalog;

import org.springframework.stereotype.Component;

/** Billing's list of activities to price and invoice: every activity, by its code and name. */
@Component
class ActivityBillingCatalog implements ActivityCatalog {

    private final Activities activities;

    ActivityBillingCatalog(Activities activities) {
        this.activities = activities;
    }

    @Override
    public List<Activity> activities() {
        return activities.all().stream().map(a -> new Activity(a.code(), a.name())).toList();
    }
}
