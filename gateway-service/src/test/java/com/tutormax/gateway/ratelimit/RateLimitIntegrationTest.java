package com.tutormax.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@GatewayIntegrationTest
class RateLimitIntegrationTest extends GatewayTestBase {

  @Test
  void theApiAllowsItsBurstThenAnswers429WithRetryAfter() {
    allow(web, "/api/tutors", API_BURST);

    web.get()
        .uri("/api/tutors")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 12))
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(429)
        .jsonPath("$.type")
        .isEqualTo("urn:tutormax:problem:rate-limited")
        .jsonPath("$.instance")
        .isEqualTo("/api/tutors");

    assertThat(stub("api").hits()).isEqualTo(API_BURST);
  }

  @Test
  void loginIsLimitedMoreStrictlyThanTheRestOfTheApi() {
    allow(web, "/api/auth/login", AUTH_BURST);
    web.get().uri("/api/auth/login").exchange().expectStatus().isEqualTo(429);

    allow(web, "/api/tutors", AUTH_BURST + 1);
  }

  @Test
  void feedbackFormsAreLimitedMoreStrictlyThanTheRestOfTheApi() {
    allow(web, "/api/feedback/forms/t-1", FEEDBACK_BURST);
    web.get().uri("/api/feedback/forms/t-1").exchange().expectStatus().isEqualTo(429);

    // Staff reading feedback are in the API's bucket, not the forms'.
    allow(web, "/api/feedback", FEEDBACK_BURST + 1);
  }

  @Test
  void eachClientHasItsOwnBucket() {
    allow(web, "/api/auth/login", AUTH_BURST);
    web.get().uri("/api/auth/login").exchange().expectStatus().isEqualTo(429);

    WebTestClient neighbour =
        gateway.mutate().defaultHeader("X-Forwarded-For", clientAddress + "9, 10.0.0.1").build();
    allow(neighbour, "/api/auth/login", 1);
  }

  @Test
  void anonymousCallersWithoutForwardedForAreLimitedByAddressNotRefused() {
    gateway.get().uri("/api/health/database").exchange().expectStatus().isOk();
  }

  private static void allow(WebTestClient client, String path, int times) {
    for (int i = 0; i < times; i++) {
      client.get().uri(path).exchange().expectStatus().isOk();
    }
  }
}
