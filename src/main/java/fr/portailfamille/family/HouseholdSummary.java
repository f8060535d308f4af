package fr.portailfamille.family;

/** One line of the agents' family search. */
public record HouseholdSummary(long id, String name, String city, String primaryGuardian, int children) {
}
