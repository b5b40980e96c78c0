package com.tutormax.common.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than the limit with 413 before anything else
 * runs, and closes the connection so the client stops sending. Without it, a large body sent to a
 * route that answers early (401, 403) can stall the connection. A few routes (bulk ingestion) may
 * have a limit of their own; the first matching path limit wins.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

  /** The limit of the paths matching a pattern. */
  public record PathLimit(PathPattern pattern, long maxBytes) {

    public static PathLimit of(String pattern, long maxBytes) {
      return new PathLimit(PathPatternParser.defaultInstance.parse(pattern), maxBytes);
    }
  }

  private final long defaultMaxBytes;
  private final List<PathLimit> pathLimits;

  public RequestSizeLimitFilter(long maxBytes) {
    this(maxBytes, List.of());
  }

  public RequestSizeLimitFilter(long defaultMaxBytes, List<PathLimit> pathLimits) {
    this.defaultMaxBytes = defaultMaxBytes;
    this.pathLimits = List.copyOf(pathLimits);
  }

  /** The largest body the request's path accepts. */
  long limitFor(ServerWebExchange exchange) {
    var path = exchange.getRequest().getPath().pathWithinApplication();
    return pathLimits.stream()
        .filter(limit -> limit.pattern().matches(path))
        .mapToLong(PathLimit::maxBytes)
        .findFirst()
        .orElse(defaultMaxBytes);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long maxBytes = limitFor(exchange);
    long length = exchange.getRequest().getHeaders().getContentLength();
    if (length <= maxBytes) {
      boolean hasBody =
          length > 0
              || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
      if (hasBody) {
        // An error answer may leave part of the body unread: close rather than reuse the
        // connection, so the next request on it is not read as the rest of this one.
        exchange
            .getResponse()
            .beforeCommit(
                () -> {
                  var status = exchange.getResponse().getStatusCode();
                  if (status != null && status.isError()) {
                    exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                  }
                  return Mono.empty();
                });
      }
      return chain.filter(exchange);
    }
    var response = exchange.getResponse();
    response.setStatusCode(HttpStatus.PAYLOAD_TOO_LARGE);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response.getHeaders().set(HttpHeaders.CONNECTION, "close");
    String body =
        "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
            + "\"detail\":\"The request body is larger than "
            + maxBytes
            + " bytes\"}";
    return response.writeWith(
        Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
  }
}
