/** Requests (demandes) and their lifecycle; the family's Liste des demandes. */
@org.springframework.modulith.ApplicationModule(displayName = "Demandes")
package fr.portailfamille.requests;
