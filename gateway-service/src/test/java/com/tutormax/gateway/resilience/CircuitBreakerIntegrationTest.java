package com.tutormax.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import com.tutormax.gateway.testing.StubService;
import com.tutormax.gateway.testing.StubService.Mode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@GatewayIntegrationTest
class CircuitBreakerIntegrationTest extends GatewayTestBase {

  @Test
  void aSlowServiceTimesOutIntoA503Problem() {
    stub("generation").mode(Mode.SLOW);

    expectUnavailable("/api/generation/runs", "generation", "timeout");
  }

  @Test
  void trainingMayTakeLongerThanTheDefaultTimeout() {
    assertThat(StubService.SLOWNESS.toMillis()).isGreaterThan(RESPONSE_TIMEOUT_MS);
    stub("training").mode(Mode.SLOW);

    web.mutate()
        .responseTimeout(Duration.ofSeconds(10))
        .build()
        .get()
        .uri("/api/training/models")
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void failuresOpenTheBreakerWhichThenHalfOpensAndClosesOnSuccess() {
    StubService scheduler = stub("scheduler");
    CircuitBreaker breaker = breakers.circuitBreaker("scheduler");
    scheduler.mode(Mode.FAILING);

    for (int i = 0; i < 5; i++) {
      expectUnavailable("/api/scheduler/jobs", "scheduler", "error-status");
    }
    assertThat(scheduler.hits()).isEqualTo(5);
    assertThat(breaker.getState()).isEqualTo(State.OPEN);

    // Open: answered at once, the service is left alone.
    for (int i = 0; i < 3; i++) {
      expectUnavailable("/api/scheduler/jobs", "scheduler", "circuit-open");
    }
    assertThat(scheduler.hits()).isEqualTo(5);

    scheduler.mode(Mode.HEALTHY);
    await()
        .atMost(Duration.ofSeconds(BREAKER_WAIT_SECONDS + 5))
        .until(() -> breaker.getState() == State.HALF_OPEN);

    for (int i = 0; i < 2; i++) {
      web.get().uri("/api/scheduler/jobs").exchange().expectStatus().isOk();
    }
    assertThat(scheduler.hits()).isEqualTo(7);
    assertThat(breaker.getState()).isEqualTo(State.CLOSED);
  }

  @Test
  void theFallbackIsNotAnEndpointOfItsOwn() {
    web.get()
        .uri("/fallback/api")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private void expectUnavailable(String path, String service, String reason) {
    web.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals("Retry-After", Integer.toString(BREAKER_WAIT_SECONDS))
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.type")
        .isEqualTo("urn:tutormax:problem:service-unavailable")
        .jsonPath("$.title")
        .isEqualTo("Service unavailable")
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains(service + "-service"))
        .jsonPath("$.instance")
        .isEqualTo(path)
        .jsonPath("$.reason")
        .isEqualTo(reason);
  }
}
