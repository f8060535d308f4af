package fr.portailfamille.messaging;

/** An e-mail notice: plain text, never the content of a message nor any data of the family's record. */
record NotificationMail(String to, String subject, String text) {

    /** The recipient with its local part hidden (a•••@example.org), for logs. */
    String maskedRecipient() {
        int at = to.indexOf('@');
        return at <= 0 ? "•••" : to.charAt(0) + "•••" + to.substring(at);
    }

    @Override
    public String toString() {
        return "NotificationMail[to=" + maskedRecipient() + ", subject=" + subject + "]";
    }
}
