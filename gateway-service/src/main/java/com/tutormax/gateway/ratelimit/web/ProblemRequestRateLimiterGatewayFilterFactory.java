package com.tutormax.gateway.ratelimit.web;

import com.tutormax.gateway.problem.domain.Problems;
import com.tutormax.gateway.problem.web.ProblemWriter;
import com.tutormax.gateway.ratelimit.domain.ClientAddress;
import com.tutormax.gateway.ratelimit.domain.RetryAfter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RequestRateLimiterGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's RequestRateLimiter (same name, same {@code redis-rate-limiter.*} arguments), but a
 * refused request gets 429 problem+json with Retry-After instead of an empty body. It takes the
 * stock filter's place, which application.yml switches off.
 */
public class ProblemRequestRateLimiterGatewayFilterFactory
    extends RequestRateLimiterGatewayFilterFactory {

  public static final String NAME = "RequestRateLimiter";

  private final ProblemWriter problems;

  public ProblemRequestRateLimiterGatewayFilterFactory(
      RateLimiter<?> rateLimiter, KeyResolver keyResolver, ProblemWriter problems) {
    super(rateLimiter, keyResolver);
    this.problems = problems;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @SuppressWarnings("unchecked")
  public GatewayFilter apply(Config config) {
    KeyResolver resolver =
        config.getKeyResolver() != null ? config.getKeyResolver() : getDefaultKeyResolver();
    RateLimiter<Object> limiter =
        config.getRateLimiter() != null ? config.getRateLimiter() : getDefaultRateLimiter();
    return (exchange, chain) -> {
      String routeId = routeId(config, exchange);
      return resolver
          .resolve(exchange)
          .defaultIfEmpty(ClientAddress.UNKNOWN)
          .flatMap(key -> limiter.isAllowed(routeId, key))
          .flatMap(
              response -> {
                response.getHeaders().forEach(exchange.getResponse().getHeaders()::add);
                if (response.isAllowed()) {
                  return chain.filter(exchange);
                }
                long seconds = retryAfter(limiter, routeId, response);
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                String path = exchange.getRequest().getPath().value();
                return problems.write(exchange, Problems.tooManyRequests(path, seconds), headers);
              });
    };
  }

  private static String routeId(Config config, ServerWebExchange exchange) {
    if (config.getRouteId() != null) {
      return config.getRouteId();
    }
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route.getId();
  }

  /** From the route's bucket settings and what the bucket still holds. */
  private static long retryAfter(
      RateLimiter<?> limiter, String routeId, RateLimiter.Response response) {
    if (!(limiter instanceof RedisRateLimiter redis)) {
      return 1;
    }
    RedisRateLimiter.Config bucket = redis.getConfig().get(routeId);
    if (bucket == null) {
      bucket = redis.getConfig().get(RouteDefinitionRouteLocator.DEFAULT_FILTERS);
    }
    if (bucket == null) {
      return 1;
    }
    String remaining = response.getHeaders().get(redis.getRemainingHeader());
    long tokensLeft = -1;
    try {
      tokensLeft = remaining == null ? -1 : Long.parseLong(remaining);
    } catch (NumberFormatException ignored) {
      // Unknown: assume an empty bucket.
    }
    return RetryAfter.seconds(bucket.getReplenishRate(), bucket.getRequestedTokens(), tokensLeft);
  }
}
