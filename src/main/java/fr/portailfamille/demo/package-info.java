/** The demo town and families, loaded on the first start of the default profile (never in prod). */
@org.springframework.modulith.ApplicationModule(displayName = "Démo")
package fr.portailfamille.demo;
