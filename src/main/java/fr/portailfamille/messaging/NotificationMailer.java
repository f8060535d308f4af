package fr.portailfamille.messaging;

/** Sends an e-mail notice; throws when it could not be handed over, so that the outbox retries it. */
interface NotificationMailer {

    void send(NotificationMail mail);
}
