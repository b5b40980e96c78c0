package com.tutormax.gateway.requestid.web;

import com.tutormax.gateway.requestid.domain.RequestIds;
import io.micrometer.common.KeyValue;
import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request an X-Request-Id (the caller's if sane, else a new one): sent downstream with
 * the proxied request, returned on the response, tagged on the server span and put in the logging
 * MDC as {@value #MDC_KEY}.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

  public static final String MDC_KEY = "requestId";

  public RequestIdFilter() {
    // With spring.reactor.context-propagation=auto, Reactor restores this thread-local from the
    // subscriber context on every hop, so log lines of this request carry the id.
    ContextRegistry.getInstance()
        .registerThreadLocalAccessor(
            MDC_KEY, () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id =
        RequestIds.saneOrNew(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
    ServerHttpRequest request =
        exchange.getRequest().mutate().headers(h -> h.set(RequestIds.HEADER, id)).build();
    // Before commit and with set(): a downstream service echoing its own id must not add a second.
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
              return Mono.empty();
            });
    ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .ifPresent(context -> context.addHighCardinalityKeyValue(KeyValue.of("request.id", id)));
    return chain
        .filter(exchange.mutate().request(request).build())
        .contextWrite(Context.of(MDC_KEY, id));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
