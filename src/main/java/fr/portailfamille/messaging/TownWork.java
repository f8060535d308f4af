package fr.portailfamille.messaging;

/** What waits in the agents' inbox: unread conversations (and how many of them are Croc'Vacances ones) and unassigned open ones. */
public record TownWork(int unread, int unreadCrocVacances, int unassigned) {
}
