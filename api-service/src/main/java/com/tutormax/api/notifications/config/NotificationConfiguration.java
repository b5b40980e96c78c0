package com.tutormax.api.notifications.config;

import com.tutormax.api.notifications.templates.NotificationTemplates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  NotificationProperties.class,
  SmtpProperties.class,
  DeliveryProperties.class
})
class NotificationConfiguration {

  /** Compiles every kind's templates at start: a kind without them stops the service. */
  @Bean
  NotificationTemplates notificationTemplates() {
    return new NotificationTemplates();
  }
}
