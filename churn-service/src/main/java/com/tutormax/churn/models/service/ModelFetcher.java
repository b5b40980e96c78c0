package com.tutormax.churn.models.service;

import com.tutormax.churn.models.config.ModelProperties;
import com.tutormax.common.security.ServiceTokens;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Fetches a model artifact over HTTP from training-service: each call times out, failures are
 * retried with exponential back-off, and a circuit breaker stops calling a failing training-service
 * for a while; while it is open, a fetch fails at once and the last good model keeps serving.
 */
@Component
public class ModelFetcher {

  private final WebClient http;
  private final ModelProperties properties;
  private final CircuitBreaker breaker;
  private final Retry retry;
  private final ServiceTokens serviceTokens;

  public ModelFetcher(
      WebClient.Builder builder, ModelProperties properties, ServiceTokens serviceTokens) {
    this.http = builder.codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    this.properties = properties;
    this.serviceTokens = serviceTokens;
    this.breaker =
        CircuitBreaker.of(
            "model-artifacts",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(2)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.breakerOpenFor())
                .build());
    this.retry =
        Retry.of(
            "model-artifacts",
            RetryConfig.custom()
                .maxAttempts(properties.fetchAttempts())
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .ignoreExceptions(CallNotPermittedException.class)
                .build());
  }

  /** The artifact's JSON (training-service lets only fleet services and admins read it). */
  public Mono<String> fetch(String url) {
    return http.get()
        .uri(url)
        .headers(h -> h.setBearerAuth(serviceTokens.token()))
        .retrieve()
        .bodyToMono(String.class)
        .timeout(properties.fetchTimeout())
        .transformDeferred(CircuitBreakerOperator.of(breaker))
        .transformDeferred(RetryOperator.of(retry));
  }
}
