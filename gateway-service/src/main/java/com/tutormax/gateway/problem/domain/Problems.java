package com.tutormax.gateway.problem.domain;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The gateway's own errors as RFC 7807 problems. */
public final class Problems {

  /** Problem types are URNs: stable names for clients to switch on, not pages to fetch. */
  public static final String TYPE_PREFIX = "urn:tutormax:problem:";

  private Problems() {}

  /** A downstream service that is down, failing, slow, or behind an open circuit breaker. */
  public static ProblemDetail serviceUnavailable(String service, String instance, String reason) {
    ProblemDetail problem =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "service-unavailable",
            "Service unavailable",
            service + " is not available right now; try again later.",
            instance);
    problem.setProperty("service", service);
    problem.setProperty("reason", reason);
    return problem;
  }

  public static ProblemDetail tooManyRequests(String instance, long retryAfterSeconds) {
    ProblemDetail problem =
        problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "Request rate limit reached; retry after " + retryAfterSeconds + " s.",
            instance);
    problem.setProperty("retryAfterSeconds", retryAfterSeconds);
    return problem;
  }

  public static ProblemDetail notFound(String instance) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "Nothing here.", instance);
  }

  private static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail, String instance) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    problem.setInstance(URI.create(instance));
    return problem;
  }
}
