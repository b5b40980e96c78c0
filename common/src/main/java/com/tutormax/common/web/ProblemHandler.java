package com.tutormax.common.web;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Errors as RFC 7807 problem+json, the same on every service: field-level errors for invalid
 * bodies, a plain message for unreadable input, and never a stack trace or internal detail.
 */
@RestControllerAdvice
@Order(0)
public class ProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** One invalid field of a request body. */
  public record FieldProblem(String field, String message) {}

  @ExceptionHandler(WebExchangeBindException.class)
  ProblemDetail invalidBody(WebExchangeBindException e, ServerWebExchange exchange) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", exchange);
    List<FieldProblem> fields =
        e.getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    problem.setProperty("errors", fields);
    return problem;
  }

  @ExceptionHandler(ServerWebInputException.class)
  ProblemDetail unreadable(ServerWebInputException e, ServerWebExchange exchange) {
    // The reason may quote parser internals; say only what is wrong in the caller's terms.
    return problem(
        HttpStatus.BAD_REQUEST,
        "The request body or a parameter is missing, malformed or of the wrong type",
        exchange);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ProblemDetail status(ResponseStatusException e, ServerWebExchange exchange) {
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return problem(
        status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
        e.getReason() == null ? e.getStatusCode().toString() : e.getReason(),
        exchange);
  }

  @ExceptionHandler(InvalidFieldsException.class)
  ProblemDetail invalidFields(InvalidFieldsException e, ServerWebExchange exchange) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), exchange);
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, ServerWebExchange exchange) {
    log.error("Unexpected error on {}", exchange.getRequest().getPath(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", exchange);
  }

  static ProblemDetail problem(HttpStatus status, String detail, ServerWebExchange exchange) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return problem;
  }
}
