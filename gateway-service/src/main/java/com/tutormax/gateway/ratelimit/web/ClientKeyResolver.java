package com.tutormax.gateway.ratelimit.web;

import com.tutormax.gateway.ratelimit.domain.ClientAddress;
import java.security.Principal;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate-limit key: the signed-in user if there is one, else the client's address. Never empty, so
 * anonymous callers are limited rather than refused (the gateway's default resolver answers them
 * 403).
 */
public class ClientKeyResolver implements KeyResolver {

  public static final String FORWARDED_FOR = "X-Forwarded-For";

  @Override
  public Mono<String> resolve(ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .filter(name -> !name.isBlank())
        .map(name -> "user:" + name)
        .switchIfEmpty(
            Mono.fromSupplier(
                () ->
                    "ip:"
                        + ClientAddress.of(
                            exchange.getRequest().getHeaders().getFirst(FORWARDED_FOR),
                            exchange.getRequest().getRemoteAddress())));
  }
}
