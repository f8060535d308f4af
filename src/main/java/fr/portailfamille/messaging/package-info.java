/** Boîte de réception: conversations between families and the town, notifications. */
@org.springframework.modulith.ApplicationModule(displayName = "Messagerie")
package fr.portailfamille.messaging;
