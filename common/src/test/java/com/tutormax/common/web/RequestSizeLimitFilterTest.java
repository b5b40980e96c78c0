package com.tutormax.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class RequestSizeLimitFilterTest {

  private final RequestSizeLimitFilter filter =
      new RequestSizeLimitFilter(
          1_000, List.of(RequestSizeLimitFilter.PathLimit.of("/api/ingest/**", 5_000)));

  /** Runs the filter; true when the request went on down the chain. */
  private boolean passes(String path, long contentLength, MockServerWebExchange[] seen) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.post(path).contentLength(contentLength).build());
    seen[0] = exchange;
    AtomicBoolean passed = new AtomicBoolean();
    filter
        .filter(
            exchange,
            e -> {
              passed.set(true);
              return Mono.empty();
            })
        .block();
    return passed.get();
  }

  @Test
  void theDefaultLimitAppliesToEveryOtherPath() {
    MockServerWebExchange[] seen = new MockServerWebExchange[1];
    assertThat(passes("/api/auth/login", 1_000, seen)).isTrue();
    assertThat(passes("/api/auth/login", 1_001, seen)).isFalse();
    assertThat(seen[0].getResponse().getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(seen[0].getResponse().getBodyAsString().block()).contains("larger than 1000 bytes");
    assertThat(passes("/api/ingestion", 2_000, seen)).isFalse();
  }

  @Test
  void aPathLimitReplacesTheDefaultOnItsPathsOnly() {
    MockServerWebExchange[] seen = new MockServerWebExchange[1];
    assertThat(passes("/api/ingest/sessions", 5_000, seen)).isTrue();
    assertThat(passes("/api/ingest/sessions", 5_001, seen)).isFalse();
    assertThat(seen[0].getResponse().getBodyAsString().block()).contains("larger than 5000 bytes");
  }
}
