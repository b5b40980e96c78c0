package com.tutormax.common.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.observability.DefaultSignalListener;
import reactor.core.publisher.Mono;

/**
 * One log line per request (method, path, status, time, trace id), so a request can be followed
 * through the gateway and every service by its trace id. Probes and metrics scrapes are skipped.
 */
public class AccessLogWebFilter implements WebFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger("tutormax.access");
  private final Supplier<Tracer> tracer;

  public AccessLogWebFilter(Supplier<Tracer> tracer) {
    this.tracer = tracer;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String path = request.getPath().value();
    if (path.startsWith("/actuator")) {
      return chain.filter(exchange);
    }
    long started = System.nanoTime();
    // tap() restores the request's observation as the current span when the line is written.
    return chain
        .filter(exchange)
        .tap(
            () ->
                new DefaultSignalListener<>() {
                  @Override
                  public void doFinally(reactor.core.publisher.SignalType terminationType) {
                    Tracer current = tracer.get();
                    Span span = current == null ? null : current.currentSpan();
                    log.info(
                        "{} {} {} {}ms trace={}",
                        request.getMethod(),
                        path,
                        exchange.getResponse().getStatusCode() == null
                            ? "-"
                            : exchange.getResponse().getStatusCode().value(),
                        (System.nanoTime() - started) / 1_000_000,
                        span == null ? "-" : span.context().traceId());
                  }
                });
  }
}
