package com.tutormax.gateway.resilience.domain;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;

/** Why a call to a downstream service fell back, in words a client can switch on. */
public enum FailureReason {
  /** The breaker is open: the service was not called at all. */
  CIRCUIT_OPEN("circuit-open"),
  /** No answer within the route's response timeout. */
  TIMEOUT("timeout"),
  /** The service answered with a 5xx status. */
  ERROR_STATUS("error-status"),
  /** Could not reach the service (refused, reset, unknown host…). */
  UNREACHABLE("unreachable");

  private final String code;

  FailureReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static FailureReason of(Throwable failure) {
    if (failure instanceof CallNotPermittedException) {
      return CIRCUIT_OPEN;
    }
    // The gateway's HTTP client reports its response timeout as 504.
    if (failure instanceof TimeoutException
        || failure.getCause() instanceof TimeoutException
        || (failure instanceof ResponseStatusException status
            && status.getStatusCode().isSameCodeAs(HttpStatus.GATEWAY_TIMEOUT))) {
      return TIMEOUT;
    }
    // The CircuitBreaker filter raises this for the statusCodes it is told to count.
    if (failure instanceof HttpStatusCodeException) {
      return ERROR_STATUS;
    }
    return UNREACHABLE;
  }
}
