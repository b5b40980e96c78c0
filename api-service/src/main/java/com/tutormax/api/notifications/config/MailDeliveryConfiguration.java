package com.tutormax.api.notifications.config;

import com.tutormax.api.notifications.delivery.DeliveryWorker;
import com.tutormax.api.notifications.delivery.NoticeMailer;
import com.tutormax.api.notifications.delivery.NotificationDelivery;
import com.tutormax.api.notifications.persistence.DeliveryQueue;
import java.time.Clock;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sending by email, only when an SMTP host is configured ({@code SMTP_HOST}); without one there is
 * no mail sender and no worker, and notices stay RECORDED.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tutormax.notifications.smtp.host:}'.isBlank()")
class MailDeliveryConfiguration {

  @Bean
  JavaMailSenderImpl notificationMailSender(SmtpProperties smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    sender.setDefaultEncoding("UTF-8");
    Properties props = sender.getJavaMailProperties();
    String timeout = Long.toString(smtp.timeout().toMillis());
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    props.put("mail.smtp.starttls.enable", Boolean.toString(smtp.useTls()));
    props.put("mail.smtp.starttls.required", Boolean.toString(smtp.useTls()));
    if (smtp.authenticates()) {
      sender.setUsername(smtp.username());
      sender.setPassword(smtp.password());
      props.put("mail.smtp.auth", "true");
    }
    return sender;
  }

  @Bean
  NoticeMailer noticeMailer(JavaMailSenderImpl notificationMailSender, SmtpProperties smtp) {
    return new NoticeMailer(notificationMailSender, smtp.from());
  }

  @Bean
  NotificationDelivery notificationDelivery(
      DeliveryQueue queue, NoticeMailer mailer, DeliveryProperties delivery, Clock clock) {
    return new NotificationDelivery(queue, mailer, delivery, clock);
  }

  @Bean
  DeliveryWorker notificationDeliveryWorker(
      NotificationDelivery delivery, DeliveryProperties properties) {
    return new DeliveryWorker(delivery, properties.interval());
  }
}
