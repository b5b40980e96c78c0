package com.tutormax.gateway.testing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Points the gateway's routes at the stub services, with limits and timeouts small enough to test
 * quickly. Before each test: stubs healthy and counters cleared, breakers closed, and a fresh
 * client address (X-Forwarded-For) so no test shares another's rate-limit buckets.
 */
public abstract class GatewayTestBase {

  /** Test settings: a response timeout of 2 s (training 5 s) against stubs 3 s slow. */
  public static final int RESPONSE_TIMEOUT_MS = 2000;

  /** Per client and route: 20 requests, then one every 12 s. */
  public static final int API_BURST = 20;

  /** /api/auth/**: 3 requests, then one every 12 s. */
  public static final int AUTH_BURST = 3;

  /** /api/feedback/forms/**: 5 requests, then one every 12 s. */
  public static final int FEEDBACK_BURST = 5;

  /** Breaker open-state wait. */
  public static final int BREAKER_WAIT_SECONDS = 2;

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  /** Differs per run, so a long-lived Redis (TUTORMAX_TEST_REDIS_URL) has no stale buckets. */
  private static final int RUN = ThreadLocalRandom.current().nextInt(1, 255);

  @Autowired protected WebTestClient gateway;
  @Autowired protected CircuitBreakerRegistry breakers;

  /** The gateway, as seen from this test's own client address. */
  protected WebTestClient web;

  protected String clientAddress;

  /** This test's signed-in caller (the edge refuses /api/** without a valid token). */
  protected String accessToken;

  @DynamicPropertySource
  static void gatewaySettings(DynamicPropertyRegistry registry) {
    Downstreams.all()
        .forEach((name, stub) -> registry.add("tutormax.gateway.services." + name, stub::url));
    registry.add("tutormax.gateway.timeouts.response-ms", () -> RESPONSE_TIMEOUT_MS);
    registry.add("tutormax.gateway.timeouts.training-response-ms", () -> 5000);
    bucket(registry, "api", API_BURST);
    bucket(registry, "auth", AUTH_BURST);
    bucket(registry, "feedback", FEEDBACK_BURST);
    registry.add(
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state",
        () -> BREAKER_WAIT_SECONDS + "s");
  }

  /** Requests of 12 tokens, 1 token a second: a burst, then a slow trickle. */
  private static void bucket(DynamicPropertyRegistry registry, String policy, int burst) {
    String prefix = "tutormax.gateway.rate-limit." + policy + ".";
    registry.add(prefix + "replenish-rate", () -> 1);
    registry.add(prefix + "burst-capacity", () -> burst * 12);
    registry.add(prefix + "requested-tokens", () -> 12);
  }

  @BeforeEach
  void isolate() {
    Downstreams.all().values().forEach(StubService::reset);
    breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    int n = CLIENTS.incrementAndGet();
    clientAddress = "10." + RUN + "." + (n / 250) + "." + (n % 250 + 1);
    accessToken = com.tutormax.common.testing.TestTokens.forRoles("OPS_MANAGER");
    web =
        gateway
            .mutate()
            .defaultHeader("X-Forwarded-For", clientAddress)
            .defaultHeader("Authorization", "Bearer " + accessToken)
            .build();
  }

  protected static StubService stub(String service) {
    return Downstreams.stub(service);
  }
}
