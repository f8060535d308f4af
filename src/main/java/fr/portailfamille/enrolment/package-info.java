/**
 * Enrolment of a child in an activity's period and school enrolment, both decided by an agent through the
 * requests module. Face: {@link fr.portailfamille.enrolment.Enrolments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inscriptions")
package fr.portailfamille.enrolment;
