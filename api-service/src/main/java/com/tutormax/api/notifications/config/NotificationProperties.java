package com.tutormax.api.notifications.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notices: the public address that links in them start with (the gateway, where the feedback form
 * is served).
 */
@ConfigurationProperties("tutormax.notifications")
public record NotificationProperties(@DefaultValue("http://localhost:8080") String linksBaseUrl) {

  /** The absolute link for a path such as {@code /api/feedback/forms/abc}. */
  public String link(String path) {
    String base =
        linksBaseUrl.endsWith("/")
            ? linksBaseUrl.substring(0, linksBaseUrl.length() - 1)
            : linksBaseUrl;
    return base + path;
  }
}
