package com.tutormax.api.audit.web;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Audits every read of educational records (tutors, sessions, feedback): who, what (path and
 * query), when, from where, and the outcome. Reads of a student's personal data are audited by
 * RecordReader with the student's id, so they are not counted twice here.
 */
@Component
class RecordReadAuditFilter implements WebFilter {

  private static final List<PathPattern> AUDITED =
      List.of(
          PathPatternParser.defaultInstance.parse("/api/tutors/**"),
          PathPatternParser.defaultInstance.parse("/api/sessions/**"),
          PathPatternParser.defaultInstance.parse("/api/feedback"));

  private final AuditLog audit;

  RecordReadAuditFilter(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())
        || AUDITED.stream()
            .noneMatch(p -> p.matches(exchange.getRequest().getPath().pathWithinApplication()))) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange).then(Mono.defer(() -> record(exchange)));
  }

  private Mono<Void> record(ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .filter(JwtAuthenticationToken.class::isInstance)
        .cast(JwtAuthenticationToken.class)
        .flatMap(
            token -> {
              ClientInfo client = ClientInfo.of(exchange.getRequest());
              String query = exchange.getRequest().getURI().getRawQuery();
              String path = exchange.getRequest().getPath().value();
              return audit.record(
                  new AuditEntry(
                      userId(token.getToken().getSubject()),
                      actor(token),
                      "RECORDS_READ",
                      path.split("/")[2],
                      null,
                      outcome(exchange.getResponse().getStatusCode()),
                      client.ip(),
                      client.userAgent(),
                      query == null ? path : path + "?" + query));
            });
  }

  private static String actor(JwtAuthenticationToken token) {
    String email = token.getToken().getClaimAsString("email");
    return email != null ? email : token.getToken().getSubject();
  }

  private static Outcome outcome(HttpStatusCode status) {
    if (status == null || status.is2xxSuccessful()) {
      return Outcome.SUCCESS;
    }
    return status.value() == 403 || status.value() == 404 ? Outcome.DENIED : Outcome.FAILURE;
  }

  private static UUID userId(String subject) {
    try {
      return subject == null ? null : UUID.fromString(subject);
    } catch (IllegalArgumentException notAUser) {
      return null;
    }
  }
}
