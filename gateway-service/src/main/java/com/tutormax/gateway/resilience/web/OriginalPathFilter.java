package com.tutormax.gateway.resilience.web;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for: a circuit-breaker fallback is forwarded to
 * /fallback/&lt;service&gt;, and its problem's {@code instance} must still name the original.
 */
@Component
public class OriginalPathFilter implements GlobalFilter, Ordered {

  public static final String ATTRIBUTE = OriginalPathFilter.class.getName() + ".path";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
    return chain.filter(exchange);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
