/**
 * The two home pages (Accueil for families, Gestion for agents) and the agents' family search:
 * pages that put together what several modules know.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accueil")
package fr.portailfamille.home;
