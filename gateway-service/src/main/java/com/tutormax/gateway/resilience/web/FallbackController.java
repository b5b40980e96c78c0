package com.tutormax.gateway.resilience.web;

import com.tutormax.gateway.problem.domain.Problems;
import com.tutormax.gateway.resilience.domain.FailureReason;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards a failed or refused call ({@code
 * forward:/fallback/<breaker>}): 503 problem+json naming the service, with Retry-After set to the
 * breaker's open-state wait.
 */
@Hidden
@RestController
public class FallbackController {

  private final CircuitBreakerRegistry breakers;

  public FallbackController(CircuitBreakerRegistry breakers) {
    this.breakers = breakers;
  }

  @RequestMapping("/fallback/{breaker}")
  public ResponseEntity<ProblemDetail> fallback(
      @PathVariable String breaker, ServerWebExchange exchange) {
    Throwable failure =
        exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
    Optional<CircuitBreaker> circuitBreaker = breakers.find(breaker);
    String path = exchange.getAttributeOrDefault(OriginalPathFilter.ATTRIBUTE, "/");
    // Only forwarded calls have a failure; asked for directly, there is nothing here.
    if (failure == null || circuitBreaker.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problems.notFound(exchange.getRequest().getPath().value()));
    }
    ProblemDetail problem =
        Problems.serviceUnavailable(breaker + "-service", path, FailureReason.of(failure).code());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(circuitBreaker.get())))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The open-state wait: when the breaker may next let a call through. */
  private static long retryAfterSeconds(CircuitBreaker breaker) {
    long millis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
    return Math.max(1, (millis + 999) / 1000);
  }
}
