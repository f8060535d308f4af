package fr.portailfamille.enrolment;

/** An activity with the number of households having an accepted enrolment in a period not over yet. */
public record EnrolledActivity(long activityId, String name, int households) {
}
