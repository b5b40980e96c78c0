package com.tutormax.gateway.requestid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

class RequestIdFilterTest {

  @Test
  void theIdIsInTheMdcWhileTheRequestIsHandled() {
    // What spring.reactor.context-propagation=auto does in the application.
    Hooks.enableAutomaticContextPropagation();
    RequestIdFilter filter = new RequestIdFilter();
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/x").header("X-Request-Id", "r-1"));
    AtomicReference<String> logged = new AtomicReference<>();
    AtomicReference<String> forwarded = new AtomicReference<>();

    filter
        .filter(
            exchange,
            handled ->
                Mono.fromRunnable(
                    () -> {
                      logged.set(MDC.get(RequestIdFilter.MDC_KEY));
                      forwarded.set(handled.getRequest().getHeaders().getFirst("X-Request-Id"));
                    }))
        .then(exchange.getResponse().setComplete())
        .block();

    assertThat(logged.get()).isEqualTo("r-1");
    assertThat(forwarded.get()).isEqualTo("r-1");
    assertThat(exchange.getResponse().getHeaders().getFirst("X-Request-Id")).isEqualTo("r-1");
    assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
  }
}
