package com.tutormax.gateway.headers.web;

import com.tutormax.gateway.headers.config.SecurityHeadersProperties;
import com.tutormax.gateway.headers.domain.SecurityHeaders;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response: our own, the dashboard's, and proxied ones. Set just before
 * commit, replacing any a downstream service sent, so each appears exactly once.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

  private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  private final SecurityHeadersProperties properties;

  public SecurityHeadersFilter(SecurityHeadersProperties properties) {
    this.properties = properties;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    Map<String, String> headers =
        SecurityHeaders.forRequest(
            request.getURI(),
            arrivedOverHttps(request),
            properties.referrerPolicy(),
            properties.hstsMaxAge());
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              headers.forEach(exchange.getResponse().getHeaders()::set);
              return Mono.empty();
            });
    return chain.filter(exchange);
  }

  /** TLS here, or at the ingress in front of us (which says so in X-Forwarded-Proto). */
  static boolean arrivedOverHttps(ServerHttpRequest request) {
    if (request.getSslInfo() != null) {
      return true;
    }
    String proto = request.getHeaders().getFirst(FORWARDED_PROTO);
    return proto != null && "https".equalsIgnoreCase(proto.split(",", 2)[0].trim());
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
