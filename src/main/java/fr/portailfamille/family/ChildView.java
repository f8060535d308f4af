package fr.portailfamille.family;

import java.time.LocalDate;
import java.time.Period;

/** A child of a household, as validated. */
public record ChildView(long id, long householdId, String firstName, String lastName, LocalDate birthDate,
                        String sex, String school, String schoolClass) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
