package com.tutormax.gateway.resilience.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.server.ResponseStatusException;

class FailureReasonTest {

  @Test
  void namesEachWayACallFails() {
    CircuitBreaker open = CircuitBreaker.ofDefaults("x");
    open.transitionToOpenState();
    assertThat(FailureReason.of(CallNotPermittedException.createCallNotPermittedException(open)))
        .isEqualTo(FailureReason.CIRCUIT_OPEN);
    assertThat(FailureReason.of(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
        .isEqualTo(FailureReason.TIMEOUT);
    assertThat(FailureReason.of(new TimeoutException())).isEqualTo(FailureReason.TIMEOUT);
    assertThat(FailureReason.of(new HttpServerErrorException(HttpStatus.BAD_GATEWAY)))
        .isEqualTo(FailureReason.ERROR_STATUS);
    assertThat(FailureReason.of(new ConnectException("refused")))
        .isEqualTo(FailureReason.UNREACHABLE);
  }
}
