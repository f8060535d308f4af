package fr.portailfamille.messaging;

/** What waits in the agents' inbox: unread conversations (Croc'Vacances apart) and unassigned open ones. */
public record TownWork(int unread, int unreadCrocVacances, int unassigned) {
}
