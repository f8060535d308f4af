package fr.portailfamille.messaging;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands notices to the SMTP server of {@code spring.mail.*}. */
class SmtpNotificationMailer implements NotificationMailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpNotificationMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(NotificationMail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        sender.send(message);
    }
}
