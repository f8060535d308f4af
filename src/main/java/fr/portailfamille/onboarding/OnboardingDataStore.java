package fr.portailfamille.onboarding;

import fr.portailfamille.shared.HouseholdData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Onboarding's part of a household's data (issue 14): the self-service account request that created the household
 * kept the typed form and e-mail; anonymisation empties them. (The download leaves it out: everything it held is
 * in the family record.)
 */
@Repository
class OnboardingDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    OnboardingDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "arrivee";
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("UPDATE account_request SET email = '', client_address = '', form = '{}'"
                + " WHERE household_id = :h").param("h", householdId).update();
    }
}
