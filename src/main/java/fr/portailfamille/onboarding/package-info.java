/**
 * Families come in: a family without an account asks for one from the login page (« Créer mon espace famille »),
 * and agents import the families of the town's former software from a CSV file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arrivée des familles")
package fr.portailfamille.onboarding;
