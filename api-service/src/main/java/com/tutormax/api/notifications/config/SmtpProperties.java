package com.tutormax.api.notifications.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server notices are sent through (env {@code SMTP_HOST}, {@code SMTP_PORT}, {@code
 * SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_FROM}, {@code SMTP_USE_TLS}). No host: nothing
 * is sent, notices stay RECORDED for admins to read. {@code useTls} requires STARTTLS; {@code
 * timeout} bounds connecting, reading and writing, so a hung server cannot hold a worker.
 */
@ConfigurationProperties("tutormax.notifications.smtp")
public record SmtpProperties(
    String host,
    @DefaultValue("587") int port,
    String username,
    String password,
    @DefaultValue(SmtpProperties.DEFAULT_FROM) String from,
    @DefaultValue("true") boolean useTls,
    @DefaultValue("10s") Duration timeout) {

  static final String DEFAULT_FROM = "TutorMax <no-reply@tutormax.local>";

  public SmtpProperties {
    // An empty SMTP_FROM (as in an env file) means the default, not a sender nobody accepts.
    if (from == null || from.isBlank()) {
      from = DEFAULT_FROM;
    }
  }

  public boolean configured() {
    return host != null && !host.isBlank();
  }

  public boolean authenticates() {
    return username != null && !username.isBlank();
  }
}
