/**
 * Activities (accueil de loisirs, périscolaire, restauration…): age range, periods, open days, daily capacity,
 * booking and cancellation deadlines. Face: {@link fr.portailfamille.activities.Activities} and its views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activités")
package fr.portailfamille.activities;
