package fr.portailfamille.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * E-mail notices go to the SMTP server of {@code spring.mail.*} when one is configured (Boot then
 * provides a {@link JavaMailSender}), else to the log. Scheduling is enabled for the outbox retry.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfig {

    @Bean
    NotificationMailer notificationMailer(ObjectProvider<JavaMailSender> sender,
                                          @Value("${portail.mail.from:portail-famille@localhost}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        return smtp == null ? new LoggedNotificationMailer() : new SmtpNotificationMailer(smtp, from);
    }
}
