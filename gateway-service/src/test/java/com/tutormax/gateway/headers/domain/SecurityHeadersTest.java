package com.tutormax.gateway.headers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void webSocketsToTheSameHostAreAllowed() {
    assertThat(SecurityHeaders.contentSecurityPolicy(URI.create("http://localhost:8080/x")))
        .contains("connect-src 'self' ws://localhost:8080 wss://localhost:8080;");
    assertThat(SecurityHeaders.contentSecurityPolicy(URI.create("https://tutormax.example/")))
        .contains("connect-src 'self' ws://tutormax.example wss://tutormax.example;");
  }

  @Test
  void anOddHostAddsNoSources() {
    assertThat(SecurityHeaders.contentSecurityPolicy(URI.create("/relative")))
        .contains("connect-src 'self';");
  }

  @Test
  void hstsOnlyOverHttps() {
    URI uri = URI.create("http://localhost/");
    assertThat(SecurityHeaders.forRequest(uri, false, "no-referrer", Duration.ofDays(365)))
        .doesNotContainKey(SecurityHeaders.STRICT_TRANSPORT_SECURITY)
        .containsEntry(SecurityHeaders.X_FRAME_OPTIONS, "DENY")
        .containsEntry(SecurityHeaders.X_CONTENT_TYPE_OPTIONS, "nosniff")
        .containsEntry(SecurityHeaders.REFERRER_POLICY, "no-referrer");
    assertThat(SecurityHeaders.forRequest(uri, true, "no-referrer", Duration.ofDays(1)))
        .containsEntry(
            SecurityHeaders.STRICT_TRANSPORT_SECURITY, "max-age=86400; includeSubDomains");
  }
}
