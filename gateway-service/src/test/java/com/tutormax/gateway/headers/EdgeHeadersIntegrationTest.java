package com.tutormax.gateway.headers;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** CORS and security headers, for proxied responses and the gateway's own. */
@GatewayIntegrationTest
class EdgeHeadersIntegrationTest extends GatewayTestBase {

  private static final String DASHBOARD_DEV = "http://localhost:5173";

  @Test
  void aProxiedResponseCarriesExactlyOneAllowOrigin() {
    HttpHeaders headers =
        web.get()
            .uri("/api/tutors")
            .header("Origin", DASHBOARD_DEV)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseHeaders();

    // The stub, like our services, sent its own Access-Control-Allow-Origin too.
    assertThat(stub("api").last().headers().getFirst("Origin")).isEqualTo(DASHBOARD_DEV);
    assertThat(headers.get("Access-Control-Allow-Origin")).containsExactly(DASHBOARD_DEV);
    assertThat(headers.get("Access-Control-Allow-Credentials")).containsExactly("true");
  }

  @Test
  void aForeignOriginIsRefusedBeforeReachingAService() {
    web.get()
        .uri("/api/tutors")
        .header("Origin", "https://evil.example")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .doesNotExist("Access-Control-Allow-Origin");

    assertThat(stub("api").hits()).isZero();
  }

  @Test
  void preflightIsAnsweredByTheGateway() {
    web.options()
        .uri("/api/tutors")
        .header("Origin", DASHBOARD_DEV)
        .header("Access-Control-Request-Method", "POST")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", DASHBOARD_DEV);

    assertThat(stub("api").hits()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/tutors", "/", "/actuator/health", "/assets/missing.js"})
  void everyResponseCarriesTheSecurityHeadersOnce(String path) {
    HttpHeaders headers =
        web.get()
            .uri(path)
            .header("Host", "gateway.example:8443")
            .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
            .exchange()
            .returnResult(String.class)
            .getResponseHeaders();

    assertThat(headers.get("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains(
                        "connect-src 'self' ws://gateway.example:8443 wss://gateway.example:8443")
                    .contains("img-src 'self' data:")
                    .contains("style-src 'self'")
                    .contains("script-src 'self'"));
    assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
    // The api stub says SAMEORIGIN; the gateway's DENY replaces it.
    assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    assertThat(headers.containsHeader("Strict-Transport-Security")).isFalse();
  }

  @Test
  void hstsOnlyWhenTheRequestCameOverHttps() {
    web.get()
        .uri("/api/tutors")
        .header("X-Forwarded-Proto", "https")
        .exchange()
        .expectHeader()
        .valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    web.get()
        .uri("/api/tutors")
        .header("X-Forwarded-Proto", "http")
        .exchange()
        .expectHeader()
        .doesNotExist("Strict-Transport-Security");
  }
}
